using System.Globalization;
using NetVips;

namespace Generator.Benchmarks;

/// <summary>
/// The synthetic report with one photo per event: distinct 4,000 × 3,000 JPEGs with texture and noise (so they
/// compress and encode like camera photos, a few MB each), written once into input/2024/images/ and used from each event.
/// </summary>
public static class PhotoCorpus
{
    public static void Write(int n, string ourSite, string theme, string hugoTemplate)
    {
        Corpus.Write(n, ourSite, null, theme, hugoTemplate, openData: false);
        var year = Path.Combine(ourSite, "input", Corpus.LastYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var images = Path.Combine(year, "images");
        Directory.CreateDirectory(images);
        var events = Directory.GetFiles(Path.Combine(year, "events"), "*.md").Order(StringComparer.Ordinal).ToList();
        using var noise = Image.Gaussnoise(4000, 3000, sigma: 12, mean: 0);
        for (var i = 0; i < n; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"foto-{i:D3}.jpg");
            File.WriteAllBytes(Path.Combine(images, name), Photo(noise, i));
            File.AppendAllText(events[i % events.Count], $"\n\n![Foto {i}](../images/{name} \"Foto: benchmark\")\n");
        }
    }

    private static byte[] Photo(Image noise, int seed)
    {
        using var x = Image.Xyz(4000, 3000);
        using var wave = (x[0] * (0.002 + (seed * 0.0001))).Sin() * 60;
        using var gradient = x[1] * (200.0 / 3000);
        using var red = gradient + wave + noise + 30;
        using var green = gradient - wave + noise + 60 + seed;
        using var blue = (gradient * 0.5) + noise + 90;
        using var rgb = red.Bandjoin(green, blue).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return rgb.JpegsaveBuffer(q: 90);
    }
}
