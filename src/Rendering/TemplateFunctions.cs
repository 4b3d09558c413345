using Generator.Text;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>The formatting functions that templates and the Markdown's expressions may call.</summary>
public static class TemplateFunctions
{
    /// <param name="unit">The statement's unit (1000 for amounts × € 1.000): amounts in the model are in full euros.</param>
    public static ScriptObject Create(decimal unit)
    {
        var functions = new ScriptObject();
        functions.Import("format_amount", new Func<decimal, string>(euros => DutchNumbers.Amount(euros / unit)));
        functions.Import("format_number", new Func<decimal, string>(DutchNumbers.Amount));
        functions.Import("euro_millions", new Func<decimal, string>(DutchNumbers.EuroMillions));
        return functions;
    }
}
