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

    /// <summary>The files this makes, known before they are made (for link checking when they are deferred).</summary>
    public static readonly IReadOnlyList<string> Names = ["events.json", "finance.json", "finance.csv", "feed.xml"];

    public static IReadOnlyList<RenderedFile> Create(AnnualReport report, IReadOnlyList<RenderedContent> eventContent)
    {
        // The two large files (every event's text) are made side by side.
        var events = Task.Run(() => new RenderedFile("events.json", EventsJson(report, eventContent)));
        var feed = Task.Run(() => new RenderedFile("feed.xml", AtomFeed(report, eventContent)));
        var finance = new RenderedFile("finance.json", FinanceJson(report));
        var csv = new RenderedFile("finance.csv", FinanceCsv(report));
        return [events.Result, finance, csv, feed.Result];
    }

    private static string EventsJson(AnnualReport report, IReadOnlyList<RenderedContent> eventContent) => Json(json =>
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
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static string FinanceJson(AnnualReport report) => Json(json =>
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
    });

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

    private static string FinanceCsv(AnnualReport report)
    {
        var finance = report.Finance;
        var unit = finance.Statement.Unit;
        var csv = new StringBuilder();
        csv.Append(CultureInfo.InvariantCulture, $"groep,soort,omschrijving,bedrag_gepubliceerd_x{unit:0},bedrag_euro\n");
        void Row(string group, string kind, string label, decimal amount) =>
            csv.Append(group).Append(',').Append(kind).Append(',').Append(Field(label)).Append(',')
                .Append(amount.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append((amount * unit).ToString(CultureInfo.InvariantCulture)).Append('\n');

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

        return csv.ToString();
    }

    /// <summary>RFC 4180: quoted when it holds a comma, quote or line break.</summary>
    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string AtomFeed(AnnualReport report, IReadOnlyList<RenderedContent> eventContent)
    {
        var site = report.Site;
        var baseUrl = site.BaseUrl ?? "";
        string Id(string address) => site.BaseUrl is null
            ? $"tag:{Slug.From(site.Organisation)},{site.Year.ToString(CultureInfo.InvariantCulture)}:{Slug.From(site.Title)}/{address}"
            : baseUrl + address;
        static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        DateOnly DateOf(ReportEvent e) => e.Source.Date ?? new DateOnly(site.Year, e.Source.Month, 1);

        var updated = report.Events.Count > 0 ? report.Events.Max(DateOf) : new DateOnly(site.Year, 1, 1);
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.Append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").Append(Html.Encode(site.Language)).Append("\">\n");
        xml.Append("<title>").Append(Html.Encode(site.Title)).Append("</title>\n");
        xml.Append("<id>").Append(Html.Encode(Id(""))).Append("</id>\n");
        xml.Append("<updated>").Append(Timestamp(updated)).Append("</updated>\n");
        xml.Append("<author><name>").Append(Html.Encode(site.Organisation)).Append("</name></author>\n");
        xml.Append("<link rel=\"alternate\" type=\"text/html\" href=\"").Append(Html.Encode(baseUrl.Length > 0 ? baseUrl : "index.html")).Append("\"/>\n");
        if (baseUrl.Length > 0)
        {
            xml.Append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").Append(Html.Encode(baseUrl + "feed.xml")).Append("\"/>\n");
        }

        for (var i = report.Events.Count - 1; i >= 0; i--)
        {
            var e = report.Events[i];
            xml.Append("<entry>\n");
            xml.Append("<title>").Append(Html.Encode(e.Source.Title)).Append("</title>\n");
            xml.Append("<id>").Append(Html.Encode(Id(e.Address))).Append("</id>\n");
            xml.Append("<updated>").Append(Timestamp(DateOf(e))).Append("</updated>\n");
            xml.Append("<link rel=\"alternate\" type=\"text/html\" href=\"").Append(Html.Encode(baseUrl + e.Address + (baseUrl.Length > 0 ? "" : "index.html"))).Append("\"/>\n");
            xml.Append("<content type=\"html\">").Append(Html.Encode(eventContent[i].AtRoot.Value)).Append("</content>\n");
            xml.Append("</entry>\n");
        }

        return xml.Append("</feed>\n").ToString();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
