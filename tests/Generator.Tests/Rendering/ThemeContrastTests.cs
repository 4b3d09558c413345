using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// Every colour of the theme, in the light, dark and print palettes, against what it is drawn on: text needs 4.5:1
/// (WCAG 1.4.3), graphics that carry meaning 3:1 (WCAG 1.4.11). A colour the table below does not place fails, so a
/// new colour cannot slip in unchecked.
/// </summary>
public partial class ThemeContrastTests
{
    private static readonly (string Foreground, string Background, double Minimum, string Use)[] Pairs =
    [
        ("text", "background", 4.5, "body text"),
        ("text", "surface", 4.5, "contents and saldo row"),
        ("muted", "background", 4.5, "dates, notes, captions"),
        ("muted", "surface", 4.5, "saldo row, contents"),
        ("link", "background", 4.5, "links"),
        ("link", "surface", 4.5, "links in the contents"),
        ("accent-text", "accent", 4.5, "the header and skip link, and their focus ring"),
        ("draft", "background", 4.5, "the 'concept' badge"),
        ("accent-line", "background", 3, "month dividers"),
        ("focus", "background", 3, "focus ring"),
        ("chart-income", "background", 3, "chart: baten"),
        ("chart-1", "background", 3, "chart: first part of the lasten"),
        ("chart-2", "background", 3, "chart: second part"),
        ("chart-3", "background", 3, "chart: third part"),
        ("chart-4", "background", 3, "chart: fourth part"),
    ];

    /// <summary>Colours that carry no meaning of their own: the lines between table rows and the panel behind the contents.</summary>
    private static readonly string[] Decorative = ["rule"];

    public static TheoryData<string> Palettes => new() { "light", "dark", "print" };

    [Theory]
    [MemberData(nameof(Palettes))]
    public void Every_colour_has_enough_contrast_with_what_it_is_drawn_on(string palette)
    {
        var colours = Palette(palette);
        var failures = Pairs
            .Select(p => (p.Foreground, p.Background, p.Minimum, p.Use, Ratio: Contrast(colours[p.Foreground], colours[p.Background])))
            .Where(p => p.Ratio < p.Minimum)
            .Select(p => $"{palette}: --{p.Foreground} {colours[p.Foreground]} on --{p.Background} {colours[p.Background]} ({p.Use}) is {p.Ratio:0.00}:1, needs {p.Minimum}:1")
            .ToList();
        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Palettes))]
    public void Every_colour_of_the_theme_is_checked(string palette)
    {
        var placed = Pairs.SelectMany(p => new[] { p.Foreground, p.Background }).Concat(Decorative).ToHashSet(StringComparer.Ordinal);
        var unplaced = Palette(palette).Keys.Where(name => !placed.Contains(name)).ToList();
        Assert.Empty(unplaced);
    }

    [Fact]
    public void No_colour_is_written_outside_the_palettes()
    {
        var css = Css();
        var outside = RootBlock().Replace(css, "");
        Assert.Empty(HexColour().Matches(outside).Select(m => m.Value));
    }

    [Theory]
    [InlineData("#ffffff", "#000000", 21)]
    [InlineData("#0b2746", "#121417", 1.22)]
    [InlineData("#767676", "#ffffff", 4.54)]
    public void Contrast_is_computed_as_WCAG_defines_it(string a, string b, double expected) =>
        Assert.Equal(expected, Contrast(a, b), 2);

    /// <summary>The palette's colour custom properties by name (without '--'): light as declared first, dark and print over it.</summary>
    private static Dictionary<string, string> Palette(string name)
    {
        var css = Css();
        var colours = Declarations(FirstRootBlockAfter(css, 0));
        if (name != "light")
        {
            var media = css.IndexOf(name == "dark" ? "@media (prefers-color-scheme: dark)" : "@media print", StringComparison.Ordinal);
            Assert.True(media >= 0, $"style.css has no {name} palette");
            foreach (var (key, value) in Declarations(FirstRootBlockAfter(css, media)))
            {
                colours[key] = value;
            }
        }

        return colours;
    }

    private static string Css() => File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "assets", "style.css"));

    private static string FirstRootBlockAfter(string css, int start) => RootBlock().Match(css, start).Value;

    private static Dictionary<string, string> Declarations(string block) =>
        ColourDeclaration().Matches(block).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>The WCAG 2 contrast ratio of two sRGB colours written as #rgb or #rrggbb.</summary>
    private static double Contrast(string a, string b)
    {
        var (light, dark) = (Luminance(a), Luminance(b)) is var (x, y) && x > y ? (x, y) : (y, x);
        return (light + 0.05) / (dark + 0.05);
    }

    private static double Luminance(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length == 3)
        {
            digits = string.Concat(digits.Select(c => new string(c, 2)));
        }

        double Channel(int i)
        {
            var c = int.Parse(digits.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }

    [GeneratedRegex(@":root\s*\{[^}]*\}")]
    private static partial Regex RootBlock();

    [GeneratedRegex(@"--([a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?)\b")]
    private static partial Regex ColourDeclaration();

    [GeneratedRegex(@"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b")]
    private static partial Regex HexColour();
}
