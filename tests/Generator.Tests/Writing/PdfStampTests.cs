using System.Text;
using Generator.Writing.Pdf;

namespace Generator.Tests.Writing;

public class PdfStampTests
{
    private static readonly DateOnly ReportDate = new(2022, 12, 31);

    [Fact]
    public void The_dates_become_the_reports_and_nothing_else_moves()
    {
        var pdf = MinimalPdf("D:20261129084428+00'00'", "Hallo");
        var stamped = PdfStamp.Stamp(pdf, ReportDate, "IND\nJaaroverzicht 2022\n2022")!;

        using var document = UglyToad.PdfPig.PdfDocument.Open(stamped);
        Assert.Equal(new DateTimeOffset(2022, 12, 31, 0, 0, 0, TimeSpan.Zero), document.Information.GetCreatedDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2022, 12, 31, 0, 0, 0, TimeSpan.Zero), document.Information.GetModifiedDateTimeOffset());
        Assert.Contains("Hallo", document.GetPage(1).Text, StringComparison.Ordinal);

        // Every object stays at the offset the cross-reference table gives for it.
        var before = Encoding.Latin1.GetString(pdf);
        var after = Encoding.Latin1.GetString(stamped);
        var trailer = before.LastIndexOf("trailer", StringComparison.Ordinal);
        Assert.Equal(trailer, after.LastIndexOf("trailer", StringComparison.Ordinal));
        Assert.Equal(before[..before.IndexOf("(D:", StringComparison.Ordinal)], after[..after.IndexOf("(D:", StringComparison.Ordinal)]);
        Assert.Equal(before[before.IndexOf("xref", StringComparison.Ordinal)..trailer], after[after.IndexOf("xref", StringComparison.Ordinal)..trailer]);
        Assert.EndsWith(before[before.LastIndexOf("startxref", StringComparison.Ordinal)..], after, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clocks_dates_no_longer_matter_and_the_id_follows_the_report_and_the_content()
    {
        const string identity = "IND\nJaaroverzicht 2022\n2022";
        var first = PdfStamp.Stamp(MinimalPdf("D:20261129084428+00'00'", "Hallo"), ReportDate, identity)!;
        var later = PdfStamp.Stamp(MinimalPdf("D:20270101235959+00'00'", "Hallo"), ReportDate, identity)!;
        var changed = PdfStamp.Stamp(MinimalPdf("D:20261129084428+00'00'", "Hallo!"), ReportDate, identity)!;
        var otherReport = PdfStamp.Stamp(MinimalPdf("D:20261129084428+00'00'", "Hallo"), ReportDate, "IND\nJaaroverzicht 2023\n2023")!;

        Assert.Equal(first, later);
        var (permanent, instance) = Ids(first);
        Assert.Matches("^[0-9A-F]{32}$", permanent);
        Assert.Equal(permanent, Ids(changed).Permanent);
        Assert.NotEqual(instance, Ids(changed).Instance);
        Assert.NotEqual(permanent, Ids(otherReport).Permanent);
    }

    [Fact]
    public void A_PDF_laid_out_otherwise_is_not_guessed_at()
    {
        var pdf = MinimalPdf("D:20261129084428+00'00'", "Hallo");
        var withoutTrailer = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(pdf).Replace("trailer", "xxxxxxx", StringComparison.Ordinal));
        Assert.Null(PdfStamp.Stamp(withoutTrailer, ReportDate, "x"));
        Assert.Null(PdfStamp.Stamp(MinimalPdf("D:2026", "Hallo"), ReportDate, "x")); // too short to rewrite in place
        var stamped = PdfStamp.Stamp(pdf, ReportDate, "x")!;
        Assert.Null(PdfStamp.Stamp(stamped, ReportDate, "x")); // it has an id already
    }

    private static (string Permanent, string Instance) Ids(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var id = System.Text.RegularExpressions.Regex.Match(text, @"/ID \[<([0-9A-F]+)> <([0-9A-F]+)>\]");
        Assert.True(id.Success, "no /ID in the trailer");
        return (id.Groups[1].Value, id.Groups[2].Value);
    }

    /// <summary>A one-page PDF laid out as Chromium's Skia writes it: an information dictionary with dates, a classic
    /// cross-reference table with 20-byte entries, and a trailer without an id.</summary>
    private static byte[] MinimalPdf(string date, string text)
    {
        var content = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            $"<</Creator (test)\n/Producer (Skia/PDF m156)\n/CreationDate ({date})\n/ModDate ({date})>>",
            "<</Type /Catalog\n/Pages 3 0 R>>",
            "<</Type /Pages\n/Kids [4 0 R]\n/Count 1>>",
            "<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595 842]\n/Resources <</Font <</F1 6 0 R>>>>\n/Contents 5 0 R>>",
            $"<</Length {content.Length}>>\nstream\n{content}\nendstream",
            "<</Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica>>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<</Size {objects.Length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
