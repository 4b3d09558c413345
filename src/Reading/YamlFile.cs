using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// The kind of YAML input a mapping comes from, for a value of the wrong kind (a list, a mapping or nothing where one line
/// of text is needed, or text where a list or mapping is): the code of that kind of file and the words that name it.
/// </summary>
/// <param name="Noun">The file as an editor knows it, after "in": "the event's front matter", "finance.yml".</param>
/// <param name="WrongKindCode">The code of a value of the wrong kind in this kind of file.</param>
public sealed record YamlFile(string Noun, string WrongKindCode)
{
    /// <summary>An event's front matter (RPT115).</summary>
    public static readonly YamlFile Event = new("the event's front matter", DiagnosticCodes.EventValueInvalid);

    /// <summary>A closing chapter's front matter (RPT203).</summary>
    public static readonly YamlFile Chapter = new("the chapter's front matter", DiagnosticCodes.SectionValueInvalid);

    /// <summary>input/site.yml (RPT402).</summary>
    public static readonly YamlFile Site = new("site.yml", DiagnosticCodes.SettingInvalid);

    /// <summary>A year's report.yml (RPT402, as site.yml: a year's settings).</summary>
    public static readonly YamlFile Report = new("report.yml", DiagnosticCodes.SettingInvalid);

    /// <summary>A year's finance.yml (RPT310).</summary>
    public static readonly YamlFile Finance = new("finance.yml", DiagnosticCodes.FinanceValueInvalid);
}
