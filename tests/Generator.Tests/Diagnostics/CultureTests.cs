using System.Globalization;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Diagnostics;

/// <summary>Issue 9, point 6: diagnostics print dates and numbers the same under every culture.</summary>
public class CultureTests
{
    public static TheoryData<string> Cultures() => ["th-TH", "ar-SA", "fa-IR"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void An_interpolated_message_is_formatted_invariantly_whatever_the_current_culture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var date = new DateTime(2022, 2, 7);
        var amount = -6114.5m;
        var lines = -3;
        Assert.NotEqual(date.ToString(culture), date.ToString(CultureInfo.InvariantCulture)); // the culture really differs

        var before = CultureInfo.CurrentCulture;
        var diagnostics = new DiagnosticBag();
        try
        {
            CultureInfo.CurrentCulture = culture;
            diagnostics.Error(DiagnosticCodes.DateInvalid, new SourceLocation("x.md", 12, 3), $"{date:yyyy-MM-dd} {date} {amount} {lines} {1234567}");
            diagnostics.Warning(DiagnosticCodes.UnknownKey, null, $"{amount:0.0}");
            Assert.Equal(["generator: warning RPT014: -6114.5", "x.md(12,3): error RPT103: 2022-02-07 02/07/2022 00:00:00 -6114.5 -3 1234567"],
                diagnostics.ToSortedList().Select(d => d.ToString()).Order(StringComparer.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("th_TH.UTF-8")]
    [InlineData("ar_SA.UTF-8")]
    [InlineData("fa_IR.UTF-8")]
    public void The_command_line_prints_the_same_diagnostics_under_every_culture(string culture)
    {
        using var site = TestSite.FromFixture("invalid-events");
        var here = Support.Cli.Run(site.Root, new Dictionary<string, string> { ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" }, "check");
        var there = Support.Cli.Run(site.Root, new Dictionary<string, string> { ["LANG"] = culture, ["LC_ALL"] = culture }, "check");

        Assert.Equal(1, there.ExitCode);
        Assert.Contains("'date' 2029-01-08 lies outside the report's year 2030", there.Error, StringComparison.Ordinal);
        Assert.Equal(Without(here.Error), Without(there.Error));
    }

    /// <summary>The summary's time differs from run to run.</summary>
    private static string Without(string output) =>
        string.Join('\n', output.Split('\n').Where(l => !l.StartsWith("Check failed", StringComparison.Ordinal)));
}
