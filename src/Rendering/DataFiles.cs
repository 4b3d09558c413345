using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Generator.Computing;
using Generator.Text;

namespace Generator.Rendering;

/// <summary>
/// The report's data for re-use, as Dutch open-data practice expects: events.json, finance.json, finance.csv
/// and an Atom feed. Dates come from the content only; amounts are given in full euros and as published.
/// </summary>
public static class DataFiles
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // Keeps "Oekraïne" readable while still escaping what is special in HTML.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files this makes.</summary>
    public static readonly IReadOnlyList<string> Names = ["events.json", "finance.json", "finance.csv", "feed.xml"];

    /// <summary>
    /// Hands each data file to <paramref name="sink"/> as a streaming writer, which writes it straight to where it
    /// goes: no file is held whole in memory. The two large ones (every event's text) are written side by side.
    /// </summary>
    /// <returns>The paths written (<see cref="Names"/>).</returns>
    public static IReadOnlyList<string> Write(AnnualReport report, IReadOnlyList<RenderedContent> eventContent, ISiteSink sink)
    {
        Parallel.Invoke(
            () => sink.Write("events.json", stream => Json(stream, json => EventsJson(json, report, eventContent))),
            () => sink.Write("feed.xml", stream => Text(stream, xml => AtomFeed(xml, report, eventContent))),
            () => sink.Write("finance.json", stream => Json(stream, json => FinanceJson(json, report))),
            () => sink.Write("finance.csv", stream => Text(stream, csv => FinanceCsv(csv, report))));
        return Names;
    }

    private static void EventsJson(Utf8JsonWriter json, AnnualReport report, IReadOnlyList<RenderedContent> eventContent)
    {
        json.WriteStartObject();
        json.WriteString("title", report.Site.Title);
        json.WriteString("organisation", report.Site.Organisation);
        json.WriteNumber("year", report.Site.Year);
        json.WriteStartArray("events");
        for (var i = 0; i < report.Events.Count; i++)
        {
            var e = report.Events[i];
            json.WriteStartObject();
            json.WriteString("title", e.Source.Title);
            if (e.Source.Date is { } date)
            {
                json.WriteString("date", DutchDates.Iso(date));
            }
            else
            {
                json.WriteNull("date");
            }

            json.WriteString("month", DutchDates.Iso(e.Source.Month, report.Site.Year));
            json.WriteString("url", e.Address);
            json.WriteString("html", eventContent[i].AtRoot.Value);
            json.WriteEndObject();

            // Out to the stream event by event, not held until the end.
            if (json.BytesPending > 16_384)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void FinanceJson(Utf8JsonWriter json, AnnualReport report)
    {
        var finance = report.Finance;
        var statement = finance.Statement;
        json.WriteStartObject();
        json.WriteString("title", statement.Title);
        json.WriteString("caption", statement.Caption);
        json.WriteString("currency", "EUR");
        json.WriteNumber("published_unit", statement.Unit);
        WriteGroup(json, "income", finance.Income, statement.Unit);
        WriteGroup(json, "expenses", finance.Expenses, statement.Unit);
        json.WriteStartObject("saldo");
        json.WriteString("label", statement.SaldoLabel);
        WriteAmount(json, finance.Saldo, statement.Unit);
        json.WriteEndObject();
        json.WriteStartArray("memo");
        foreach (var line in statement.Memo)
        {
            json.WriteStartObject();
            json.WriteString("key", line.Key);
            json.WriteString("label", line.Label);
            WriteAmount(json, line.Amount, statement.Unit);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (finance.ShowRoundingNote)
        {
            json.WriteString("rounding_note", statement.RoundingNote);
        }

        json.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter json, string name, GroupTotal total, decimal unit)
    {
        json.WriteStartObject(name);
        json.WriteString("label", total.Group.Label);
        json.WriteStartArray("lines");
        foreach (var line in total.Group.Lines)
        {
            json.WriteStartObject();
            json.WriteString("label", line.Label);
            WriteAmount(json, line.Amount, unit);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("total");
        json.WriteString("label", total.Group.TotalLabel);
        WriteAmount(json, total.ShownTotal, unit);
        if (total.ComputedTotal is { } computed)
        {
            json.WriteNumber("sum_of_lines_published", computed);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteAmount(Utf8JsonWriter json, decimal published, decimal unit)
    {
        json.WriteNumber("amount_published", published);
        json.WriteNumber("amount_eur", published * unit);
    }

    private static void FinanceCsv(TextWriter csv, AnnualReport report)
    {
        var finance = report.Finance;
        var unit = finance.Statement.Unit;
        csv.Write(string.Create(CultureInfo.InvariantCulture, $"groep,soort,omschrijving,bedrag_gepubliceerd_x{unit:0},bedrag_euro\n"));
        void Row(string group, string kind, string label, decimal amount) =>
            csv.Write(string.Concat(group, ",", kind, ",", Field(label), ",", amount.ToString(CultureInfo.InvariantCulture), ",",
                (amount * unit).ToString(CultureInfo.InvariantCulture), "\n"));

        foreach (var (group, total) in new[] { ("baten", finance.Income), ("lasten", finance.Expenses) })
        {
            foreach (var line in total.Group.Lines)
            {
                Row(group, "regel", line.Label, line.Amount);
            }

            Row(group, "totaal", total.Group.TotalLabel, total.ShownTotal);
        }

        Row("saldo", "saldo", finance.Statement.SaldoLabel, finance.Saldo);
        foreach (var line in finance.Statement.Memo)
        {
            Row("lasten", "waarvan", line.Label, line.Amount);
        }
    }

    /// <summary>RFC 4180: quoted when it holds a comma, quote or line break.</summary>
    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void AtomFeed(TextWriter xml, AnnualReport report, IReadOnlyList<RenderedContent> eventContent)
    {
        var site = report.Site;
        var baseUrl = site.BaseUrl ?? "";
        string Id(string address) => site.BaseUrl is null
            ? $"tag:{Slug.From(site.Organisation)},{site.Year.ToString(CultureInfo.InvariantCulture)}:{Slug.From(site.Title)}/{address}"
            : baseUrl + address;
        static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        DateOnly DateOf(ReportEvent e) => e.Source.Date ?? new DateOnly(site.Year, e.Source.Month, 1);

        var updated = report.Events.Count > 0 ? report.Events.Max(DateOf) : new DateOnly(site.Year, 1, 1);
        xml.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.Write(string.Concat("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"", Html.Encode(site.Language), "\">\n"));
        xml.Write(string.Concat("<title>", Html.Encode(site.Title), "</title>\n"));
        xml.Write(string.Concat("<id>", Html.Encode(Id("")), "</id>\n"));
        xml.Write(string.Concat("<updated>", Timestamp(updated), "</updated>\n"));
        xml.Write(string.Concat("<author><name>", Html.Encode(site.Organisation), "</name></author>\n"));
        xml.Write(string.Concat("<link rel=\"alternate\" type=\"text/html\" href=\"", Html.Encode(baseUrl.Length > 0 ? baseUrl : "index.html"), "\"/>\n"));
        if (baseUrl.Length > 0)
        {
            xml.Write(string.Concat("<link rel=\"self\" type=\"application/atom+xml\" href=\"", Html.Encode(baseUrl + "feed.xml"), "\"/>\n"));
        }

        for (var i = report.Events.Count - 1; i >= 0; i--)
        {
            var e = report.Events[i];
            xml.Write("<entry>\n");
            xml.Write(string.Concat("<title>", Html.Encode(e.Source.Title), "</title>\n"));
            xml.Write(string.Concat("<id>", Html.Encode(Id(e.Address)), "</id>\n"));
            xml.Write(string.Concat("<updated>", Timestamp(DateOf(e)), "</updated>\n"));
            xml.Write(string.Concat("<link rel=\"alternate\" type=\"text/html\" href=\"", Html.Encode(baseUrl + e.Address + (baseUrl.Length > 0 ? "" : "index.html")), "\"/>\n"));
            xml.Write(string.Concat("<content type=\"html\">", Html.Encode(eventContent[i].AtRoot.Value), "</content>\n"));
            xml.Write("</entry>\n");
        }

        xml.Write("</feed>\n");
    }

    private static void Json(Stream stream, Action<Utf8JsonWriter> write)
    {
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            write(json);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes text to the stream through a buffer, as UTF-8 without a byte order mark.</summary>
    internal static void Text(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 16_384, leaveOpen: true) { NewLine = "\n" };
        write(writer);
    }
}
