using System.Text.RegularExpressions;
using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>Reads <c>finance.yml</c>: the statement as published, nothing computed yet.</summary>
public static partial class FinanceReader
{
    private const string DefaultRoundingNote =
        "De bedragen zijn per regel afgerond; daardoor kunnen totalen afwijken van de som van de onderdelen.";

    /// <summary>A billion euros per unit at most, so that amounts in full euros stay well within <see cref="decimal"/>.</summary>
    private const decimal MaxUnit = 1_000_000_000m;

    public static FinanceStatement? Read(string yaml, string displayPath, DiagnosticBag diagnostics)
    {
        var map = YamlDocumentReader.Read(yaml, displayPath, 1, diagnostics);
        if (map is null)
        {
            return null;
        }

        map.WarnAboutUnknownKeys("title", "caption", "column", "unit", "income", "expenses", "saldo", "memo", "rounding_note");
        var title = map.Text("title") ?? "Baten en lasten";
        var caption = map.Text("caption") ?? title;
        var column = map.Text("column") ?? "Bedrag";
        var unit = map.Amount("unit", required: false) ?? 1m;
        if (unit is <= 0 or > MaxUnit)
        {
            diagnostics.Error(DiagnosticCodes.AmountInvalid, map.LocationOf("unit"), "'unit' must be a positive whole number of at most 1000000000, like 1000 for amounts × € 1.000.");
        }

        var income = ReadGroup(map, "income", "Baten", "Totaal baten");
        var expenses = ReadGroup(map, "expenses", "Lasten", "Totaal lasten");

        var saldoMap = map.Mapping("saldo", required: false);
        saldoMap?.WarnAboutUnknownKeys("label", "published");
        var saldoLabel = saldoMap?.Text("label") ?? "Saldo van baten en lasten";
        var publishedSaldo = Published(saldoMap, "published");

        var memo = ReadMemo(map, diagnostics);
        var note = map.Text("rounding_note") ?? DefaultRoundingNote;

        return income is null || expenses is null || unit is <= 0 or > MaxUnit
            ? null
            : new FinanceStatement(displayPath, title, caption, column, unit, income, expenses, saldoLabel, publishedSaldo, memo, note);
    }

    private static FinanceGroup? ReadGroup(MappingReader parent, string key, string defaultLabel, string defaultTotalLabel)
    {
        var map = parent.Mapping(key, required: true);
        if (map is null)
        {
            return null;
        }

        map.WarnAboutUnknownKeys("label", "total_label", "lines", "published_total");
        var lines = new List<FinanceLine>();
        var complete = true;
        foreach (var item in map.List("lines", required: false))
        {
            item.WarnAboutUnknownKeys("label", "amount");
            var label = item.Text("label", DiagnosticCodes.FinanceValueMissing);
            var amount = item.Amount("amount", required: true);
            if (label is null || amount is null)
            {
                complete = false;
                continue;
            }

            lines.Add(new FinanceLine(label, amount.Value));
        }

        var published = Published(map, "published_total");
        complete &= published is not null || !map.Has("published_total");
        if (lines.Count == 0 && published is null && complete)
        {
            parent.Diagnostics.Error(DiagnosticCodes.FinanceValueMissing, parent.LocationOf(key),
                $"'{key}' needs 'lines' (each with a label and an amount) or, where only a total was published, 'published_total'.");
            return null;
        }

        return new FinanceGroup(map.Text("label") ?? defaultLabel, map.Text("total_label") ?? defaultTotalLabel, lines, published, parent.LocationOf(key), complete);
    }

    private static PublishedFigure? Published(MappingReader? map, string key) =>
        map?.Amount(key, required: false) is { } amount ? new PublishedFigure(amount, map.LocationOf(key)) : null;

    private static List<MemoLine> ReadMemo(MappingReader map, DiagnosticBag diagnostics)
    {
        var memo = new List<MemoLine>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in map.List("memo", required: false))
        {
            item.WarnAboutUnknownKeys("key", "label", "amount");
            var key = item.Text("key", DiagnosticCodes.MemoKeyInvalid, "Give each memo line a short name for use in the text, like: key: oekraine");
            var label = item.Text("label", DiagnosticCodes.FinanceValueMissing);
            var amount = item.Amount("amount", required: true);
            if (key is not null && !KeyPattern().IsMatch(key))
            {
                diagnostics.Error(DiagnosticCodes.MemoKeyInvalid, item.LocationOf("key"),
                    $"'key' must be lower-case letters, digits and '_', starting with a letter (like 'oekraine'), not '{key}'.");
                key = null;
            }
            else if (key is not null && !keys.Add(key))
            {
                diagnostics.Error(DiagnosticCodes.MemoKeyInvalid, item.LocationOf("key"), $"The memo key '{key}' is used twice; each must be unique.");
                key = null;
            }

            if (key is not null && label is not null && amount is not null)
            {
                memo.Add(new MemoLine(key, label, amount.Value));
            }
        }

        return memo;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex KeyPattern();
}
