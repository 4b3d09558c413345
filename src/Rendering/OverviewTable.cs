using Generator.Text;

namespace Generator.Rendering;

/// <summary>
/// The overview table's amounts, in thousands of euros as the statements show them, so that the table fits a phone
/// (1.100.422 rather than 1.100.422.000). The one rule for the overview's rounding: a figure in euros is divided by
/// <see cref="Unit"/> and rounded to a whole number, half away from zero (1.500 euros → 2; −1.500 → −2). The chart,
/// the text and the open data keep full euros.
/// </summary>
public static class OverviewTable
{
    /// <summary>The table's unit: € 1.000.</summary>
    public const decimal Unit = 1000m;

    /// <summary>The caption's words for the unit: "× € 1.000", with no-break spaces.</summary>
    public static string UnitText => DutchNumbers.EuroUnit(Unit);

    /// <summary>The note below the table when <see cref="Shown"/> rounded a figure, so a reader knows why saldo may differ from baten minus lasten.</summary>
    public const string RoundingNote = "De bedragen in deze tabel zijn afgerond op hele duizenden euro's. Door de afronding kan het saldo iets afwijken van de baten min de lasten.";

    /// <summary>A figure in euros as the table shows it: a whole number of thousands, rounded half away from zero.</summary>
    public static decimal Shown(decimal euros) => Math.Round(euros / Unit, 0, MidpointRounding.AwayFromZero);

    /// <summary>Whether <see cref="Shown"/> changes the figure, that is, it is not a whole number of thousands of euros.</summary>
    public static bool Rounds(decimal euros) => Shown(euros) * Unit != euros;
}
