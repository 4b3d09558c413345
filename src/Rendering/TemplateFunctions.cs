using Generator.Text;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>The formatting functions that templates and the Markdown's expressions may call.</summary>
public static class TemplateFunctions
{
    /// <param name="unit">The statement's unit (1000 for amounts × € 1.000): amounts in the model are in full euros.</param>
    public static ScriptObject Create(decimal unit)
    {
        // Typed wrappers rather than reflection over delegates, so the generator can be compiled ahead of time.
        return new ScriptObject
        {
            ["format_amount"] = DelegateCustomFunction.CreateFunc<decimal, string>(euros => DutchNumbers.Amount(euros / unit)),
            ["format_number"] = DelegateCustomFunction.CreateFunc<decimal, string>(DutchNumbers.Amount),
            ["euro_millions"] = DelegateCustomFunction.CreateFunc<decimal, string>(DutchNumbers.EuroMillions),
            ["euro"] = DelegateCustomFunction.CreateFunc<decimal, string>(DutchNumbers.Euro),
            // {{ finance.income.total | format_change finance.previous.income.total }}: this year's figure, then last year's.
            ["format_change"] = DelegateCustomFunction.CreateFunc<decimal, decimal, string>(DutchChange.Words),
            ["format_change_percent"] = DelegateCustomFunction.CreateFunc<decimal, decimal, string>(DutchChange.AsPercentage),
        };
    }
}
