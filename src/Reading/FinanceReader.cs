using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>Reads <c>finance.yml</c>: the statement as published, nothing computed yet.</summary>
public static class FinanceReader
{
    private const string DefaultRoundingNote =
        "De bedragen zijn per regel afgerond; daardoor kunnen totalen afwijken van de som van de onderdelen.";

    /// <summary>A billion euros per unit at most, so that amounts in full euros stay well within <see cref="decimal"/>.</summary>
    private const decimal MaxUnit = 1_000_000_000m;

    /// <summary>The statement, or null after reporting every problem in it to <paramref name="diagnostics"/>.</summary>
    /// <param name="year">The year of the folder the file is in, whose caption and column heading must not name another
    /// year (RPT309); null for a statement read on its own, such as the one 'new year' copies from.</param>
    /// <param name="keysAndLabelsOnly">For 'new year', which copies keys and labels and never a figure: an empty amount (a year in
    /// preparation) is no error, and its line is kept with the amount 0. Never for a build, where an empty amount is RPT308.</param>
    public static FinanceStatement? Read(string yaml, string displayPath, DiagnosticBag diagnostics, int? year = null, bool keysAndLabelsOnly = false)
    {
        var map = YamlDocumentReader.Read(yaml, displayPath, 1, diagnostics, YamlFile.Finance);
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

        var keys = new KeyRegister(diagnostics, keysAndLabelsOnly);
        var income = ReadGroup(map, "income", FinanceKeys.Income, "Baten", "Totaal baten", keys);
        var expenses = ReadGroup(map, "expenses", FinanceKeys.Expenses, "Lasten", "Totaal lasten", keys);

        var saldoMap = map.Mapping("saldo", required: false);
        saldoMap?.WarnAboutUnknownKeys("label", "published", "previous");
        var saldoLabel = saldoMap?.Text("label") ?? "Saldo van baten en lasten";
        var publishedSaldo = Published(saldoMap, "published", keysAndLabelsOnly);
        var previousSaldo = Published(saldoMap, "previous", keysAndLabelsOnly);

        var (memo, previousOnlyMemo) = ReadMemo(map, keys);
        var note = map.Text("rounding_note") ?? DefaultRoundingNote;

        if (income is null || expenses is null || unit is <= 0 or > MaxUnit)
        {
            return null;
        }

        var statement = new FinanceStatement(displayPath, title, caption, column, unit, income, expenses, saldoLabel, publishedSaldo, memo, note,
            PreviousOnlyMemo: previousOnlyMemo);
        statement = statement with { Previous = PreviousYear.AsStated(statement, previousSaldo, diagnostics) };
        if (year is { } y)
        {
            // The caption may name the previous year too where the statement compares with it (known once every year is read);
            // the column is this year's figures.
            var unlessCompared = YearInText.WarnAboutOtherYears(map, "caption", y, previousMayCompare: true, "The caption of the statement");
            YearInText.WarnAboutOtherYears(map, "column", y, previousMayCompare: false, "The column heading of the statement");
            statement = statement with { CaptionWarningUnlessCompared = unlessCompared };
        }

        return statement;
    }

    private static FinanceGroup? ReadGroup(MappingReader parent, string key, string builtInKey, string defaultLabel, string defaultTotalLabel, KeyRegister keys)
    {
        var map = parent.Mapping(key, required: true);
        if (map is null)
        {
            return null;
        }

        map.WarnAboutUnknownKeys("label", "total_label", "lines", "published_total", "previous_total");
        var lines = new List<FinanceLine>();
        var previousOnly = new List<FinanceLine>();
        var complete = true;
        foreach (var item in map.List("lines", required: false))
        {
            item.WarnAboutUnknownKeys("key", "label", "amount", "previous");
            var label = item.Text("label", DiagnosticCodes.FinanceValueMissing);
            var lineKey = keys.Take(item, label, "line");
            var onlyBefore = IsPreviousOnly(item);
            var blank = !onlyBefore && ToFillIn(item, "amount", keys.KeysAndLabelsOnly);
            var amount = onlyBefore || blank ? null : item.Amount("amount", required: true);
            amount ??= blank && keys.KeysAndLabelsOnly ? 0m : null;
            var previous = Published(item, "previous", keys.KeysAndLabelsOnly);
            if (label is null || lineKey is null || (amount is null && !onlyBefore) || (previous is null && item.Has("previous")))
            {
                complete = false;
                continue;
            }

            if (onlyBefore)
            {
                previousOnly.Add(new FinanceLine(lineKey, label, previous!.Amount, previous.Location, previous));
                continue;
            }

            lines.Add(new FinanceLine(lineKey, label, amount!.Value, item.LocationOf("amount"), previous));
        }

        complete &= !map.Has("lines") || map.IsList("lines"); // a 'lines' of the wrong kind is reported as such, not as missing
        var published = Published(map, "published_total", keys.KeysAndLabelsOnly);
        complete &= published is not null || !map.Has("published_total");
        var previousTotal = Published(map, "previous_total", keys.KeysAndLabelsOnly);
        complete &= previousTotal is not null || !map.Has("previous_total");
        if (lines.Count == 0 && published is null && complete)
        {
            parent.Diagnostics.Error(DiagnosticCodes.FinanceValueMissing, parent.LocationOf(key),
                $"'{key}' needs 'lines' (each with a key, a label and an amount) or, where only a total was published, 'published_total'.");
            return null;
        }

        return new FinanceGroup(map.Text("label") ?? defaultLabel, map.Text("total_label") ?? defaultTotalLabel, lines, published, parent.LocationOf(key), complete,
            builtInKey, previousTotal, previousOnly);
    }

    private static PublishedFigure? Published(MappingReader? map, string key, bool blankAllowed = false) =>
        map is not null && !ToFillIn(map, key, blankAllowed) && map.Amount(key, required: false) is { } amount ? new PublishedFigure(amount, map.LocationOf(key)) : null;

    /// <summary>
    /// True, with an error, when <paramref name="key"/> is there but empty (<c>amount:</c>), as <c>new year</c> leaves the
    /// amounts: the statement is not finished, and a figure is never made up for it.
    /// </summary>
    /// <param name="allowed">Whether an empty amount is expected (see <c>keysAndLabelsOnly</c>): then it is no error.</param>
    private static bool ToFillIn(MappingReader map, string key, bool allowed = false)
    {
        if (!map.IsEmpty(key))
        {
            return false;
        }

        if (allowed)
        {
            return true;
        }

        map.Diagnostics.Error(DiagnosticCodes.AmountToFillIn, map.LocationOf(key),
            $"'{key}' is still empty: fill in the figure as published, like '{key}: 427973'{(key == "amount" ? "" : ", or remove the line")}. The year cannot be built until every amount is filled in.");
        return true;
    }

    /// <summary>This year's memo lines, and those printed for the previous year only.</summary>
    private static (List<MemoLine> Memo, List<MemoLine> PreviousOnly) ReadMemo(MappingReader map, KeyRegister keys)
    {
        var memo = new List<MemoLine>();
        var previousOnly = new List<MemoLine>();
        foreach (var item in map.List("memo", required: false))
        {
            item.WarnAboutUnknownKeys("key", "label", "amount", "previous");
            var label = item.Text("label", DiagnosticCodes.FinanceValueMissing);
            var key = keys.Take(item, label, "memo line");
            var onlyBefore = IsPreviousOnly(item);
            var blank = !onlyBefore && ToFillIn(item, "amount", keys.KeysAndLabelsOnly);
            var amount = onlyBefore || blank ? null : item.Amount("amount", required: true);
            amount ??= blank && keys.KeysAndLabelsOnly ? 0m : null;
            var previous = Published(item, "previous", keys.KeysAndLabelsOnly);
            if (key is not null && label is not null && onlyBefore && previous is not null)
            {
                previousOnly.Add(new MemoLine(key, label, previous.Amount, previous.Location, previous));
            }
            else if (key is not null && label is not null && amount is not null && (previous is not null || !item.Has("previous")))
            {
                memo.Add(new MemoLine(key, label, amount.Value, item.LocationOf("amount"), previous));
            }
        }

        return (memo, previousOnly);
    }

    /// <summary>A line printed for the previous year only: a <c>previous</c> figure and no <c>amount</c> at all (an empty one is to be filled in).</summary>
    private static bool IsPreviousOnly(MappingReader item) => item.Has("previous") && !item.Has("amount");

    /// <summary>The keys taken so far in one statement, so each is checked by the one rule of <see cref="FinanceKeys"/>.</summary>
    private sealed class KeyRegister(DiagnosticBag diagnostics, bool keysAndLabelsOnly)
    {
        /// <summary>Whether the statement is read for its keys and labels only (see <see cref="Read"/>).</summary>
        public bool KeysAndLabelsOnly => keysAndLabelsOnly;

        private readonly Dictionary<string, SourceLocation> _taken = new(StringComparer.Ordinal);

        /// <summary>The item's valid, unused key; null with an error (RPT305) otherwise.</summary>
        public string? Take(MappingReader item, string? label, string what)
        {
            var example = label is not null && FinanceKeys.From(label) is { Length: > 0 } made ? made : "personele_kosten";
            var key = item.Text("key", DiagnosticCodes.FinanceKeyInvalid,
                $"Give each {what} a short, lasting name that matches it across years and can be used in the text, like: key: {example}", DiagnosticCodes.FinanceKeyInvalid);
            if (key is null)
            {
                return null;
            }

            var at = item.LocationOf("key");
            if (!FinanceKeys.IsValid(key))
            {
                diagnostics.Error(DiagnosticCodes.FinanceKeyInvalid, at, $"'key' must be {FinanceKeys.Rule}, not '{key}'.");
                return null;
            }

            if (FinanceKeys.BuiltIn.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.FinanceKeyInvalid, at,
                    $"'{key}' is the built-in key of {(key == FinanceKeys.Saldo ? "the saldo" : "totaal " + key)}; give this {what} another key, like: key: {example}");
                return null;
            }

            if (_taken.TryGetValue(key, out var first))
            {
                diagnostics.Error(DiagnosticCodes.FinanceKeyInvalid, at,
                    $"The key '{key}' is already used at line {first.Line}; each line of the statement needs its own key.");
                return null;
            }

            _taken.Add(key, at);
            return key;
        }
    }
}
