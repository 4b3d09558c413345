using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Generator.Computing;
using Generator.Reading;
using Generator.Text;

namespace Generator.Rendering;

/// <summary>
/// The reports' data for re-use, as Dutch open-data practice expects: per year events.json, finance.json and
/// finance.csv; for the whole site events.json, finance.csv and an Atom feed across the years. Dates come from the content only; amounts are given in full euros and as published.
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

    /// <summary>The data files of each year, in its folder (<c>2022/events.json</c>).</summary>
    public static readonly IReadOnlyList<string> YearNames = ["events.json", "finance.json", "finance.csv"];

    /// <summary>The data files of the whole site, at its root.</summary>
    public static readonly IReadOnlyList<string> SiteNames = ["events.json", "finance.csv", "feed.xml"];

    /// <summary>
    /// Hands each data file of one year and of the whole site to <paramref name="sink"/> as a streaming writer, which
    /// writes it straight to where it goes: no file is held whole in memory. Written side by side.
    /// </summary>
    /// <param name="years">Every year, oldest first.</param>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> Write(SiteSettings site, IReadOnlyList<RenderedYear> years, ISiteSink sink)
    {
        var all = years.SelectMany(y => y.Report.Events.Select((e, i) => new Entry(e, y.Report.Site.Year, y.EventContent[i].AtSiteRoot, e.Address.Folder))).ToList();
        var firstYear = years.Count > 0 ? years[0].Report.Site.Year : 0;
        var reports = years.Select(y => y.Report).ToList();
        var writes = new List<Action>
        {
            () => sink.Write("events.json", stream => Json(stream, json => EventsJson(json, site.Title, site.Organisation, null, all))),
            () => sink.Write("feed.xml", stream => Text(stream, xml => AtomFeed(xml, site, firstYear, all))),
            () => sink.Write("finance.csv", stream => Text(stream, csv => FinanceCsv(csv, reports, withYear: true))),
        };
        var paths = new List<string>(SiteNames);
        foreach (var year in years)
        {
            var report = year.Report;
            var entries = report.Events.Select((e, i) => new Entry(e, report.Site.Year, year.EventContent[i].OnReportPage, e.Address.RelativeTo(report.Address))).ToList();
            writes.Add(() => sink.Write(report.Address.File("events.json"), stream => Json(stream, json => EventsJson(json, report.Site.Title, report.Site.Organisation, report.Site.Year, entries))));
            writes.Add(() => sink.Write(report.Address.File("finance.json"), stream => Json(stream, json => FinanceJson(json, report))));
            writes.Add(() => sink.Write(report.Address.File("finance.csv"), stream => Text(stream, csv => FinanceCsv(csv, [report], withYear: false))));
            paths.AddRange(YearNames.Select(report.Address.File));
        }

        Parallel.Invoke([.. writes]);
        return paths;
    }

    /// <summary>An event as a data file gives it: its year, its text with links written for the file's folder, its address from there.</summary>
    private sealed record Entry(ReportEvent Event, int Year, HtmlString Html, string Url);

    /// <param name="year">The year of a year's file; null for the site's, where every event states its own.</param>
    private static void EventsJson(Utf8JsonWriter json, string title, string organisation, int? year, IReadOnlyList<Entry> entries)
    {
        json.WriteStartObject();
        json.WriteString("title", title);
        json.WriteString("organisation", organisation);
        if (year is { } y)
        {
            json.WriteNumber("year", y);
        }

        json.WriteStartArray("events");
        foreach (var entry in entries)
        {
            var e = entry.Event;
            json.WriteStartObject();
            if (year is null)
            {
                json.WriteNumber("year", entry.Year);
            }

            json.WriteString("title", e.Source.Title);
            if (e.Source.Date is { } date)
            {
                json.WriteString("date", DutchDates.Iso(date));
            }
            else
            {
                json.WriteNull("date");
            }

            json.WriteString("month", DutchDates.Iso(e.Source.Month, entry.Year));
            json.WriteString("url", entry.Url);
            json.WriteString("html", entry.Html.Utf8);
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
        json.WriteString("key", FinanceKeys.Saldo);
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
        json.WriteString("key", total.Group.Key);
        json.WriteString("label", total.Group.Label);
        json.WriteStartArray("lines");
        foreach (var line in total.Group.Lines)
        {
            json.WriteStartObject();
            json.WriteString("key", line.Key);
            json.WriteString("label", line.Label);
            WriteAmount(json, line.Amount, unit);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("total");
        json.WriteString("key", total.Group.Key);
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

    /// <param name="withYear">Whether each row starts with its year (the site's table of every year).</param>
    private static void FinanceCsv(TextWriter csv, List<AnnualReport> reports, bool withYear)
    {
        var unitColumn = reports.Count == 1 && !withYear
            ? "bedrag_gepubliceerd_x" + reports[0].Finance.Statement.Unit.ToString("0", CultureInfo.InvariantCulture)
            : "bedrag_gepubliceerd";
        csv.Write(string.Concat(withYear ? "jaar," : "", "groep,soort,omschrijving,", unitColumn, ",bedrag_euro,key\n"));
        foreach (var report in reports)
        {
            var finance = report.Finance;
            var unit = finance.Statement.Unit;
            var year = withYear ? report.Site.Year.ToString(CultureInfo.InvariantCulture) + "," : "";
            // The key last: the same line in every year has the same key, whatever its label (keys need no quoting).
            void Row(string group, string kind, string label, decimal amount, string key) =>
                csv.Write(string.Concat(year, group, ",", kind, ",", Field(label), ",", amount.ToString(CultureInfo.InvariantCulture), ",",
                    (amount * unit).ToString(CultureInfo.InvariantCulture), ",", key, "\n"));

            foreach (var (group, total) in new[] { ("baten", finance.Income), ("lasten", finance.Expenses) })
            {
                foreach (var line in total.Group.Lines)
                {
                    Row(group, "regel", line.Label, line.Amount, line.Key);
                }

                Row(group, "totaal", total.Group.TotalLabel, total.ShownTotal, total.Group.Key);
            }

            Row("saldo", "saldo", finance.Statement.SaldoLabel, finance.Saldo, FinanceKeys.Saldo);
            foreach (var line in finance.Statement.Memo)
            {
                Row("lasten", "waarvan", line.Label, line.Amount, line.Key);
            }
        }
    }

    /// <summary>RFC 4180: quoted when it holds a comma, quote or line break.</summary>
    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <param name="firstYear">The site's first year, for the feed's tag ids when the site's address is unknown.</param>
    private static void AtomFeed(TextWriter xml, SiteSettings site, int firstYear, IReadOnlyList<Entry> entries)
    {
        var baseUrl = site.BaseUrl ?? "";
        string Id(string address) => site.BaseUrl is null
            ? $"tag:{Slug.From(site.Organisation)},{firstYear.ToString(CultureInfo.InvariantCulture)}:{Slug.From(site.Title)}/{address}"
            : baseUrl + address;
        static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        static DateOnly DateOf(Entry e) => e.Event.Source.Date ?? new DateOnly(e.Year, e.Event.Source.Month, 1);

        var updated = entries.Count > 0 ? entries.Max(DateOf) : new DateOnly(Math.Max(firstYear, 1), 1, 1);
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

        // Newest first: the years from the last, each year's events from its last.
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var e = entries[i].Event;
            xml.Write("<entry>\n");
            xml.Write(string.Concat("<title>", Html.Encode(e.Source.Title), "</title>\n"));
            xml.Write(string.Concat("<id>", Html.Encode(Id(e.Address.Folder)), "</id>\n"));
            xml.Write(string.Concat("<updated>", Timestamp(DateOf(entries[i])), "</updated>\n"));
            xml.Write(string.Concat("<link rel=\"alternate\" type=\"text/html\" href=\"", Html.Encode(baseUrl.Length > 0 ? baseUrl + e.Address.Folder : e.Address.Page), "\"/>\n"));
            xml.Write("<content type=\"html\">");
            Html.Encode(xml, entries[i].Html.Value); // the largest part of the feed, escaped straight into it
            xml.Write("</content>\n");
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
