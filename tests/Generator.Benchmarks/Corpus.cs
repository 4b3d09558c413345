using System.Globalization;
using System.Text;

namespace Generator.Benchmarks;

/// <summary>
/// A deterministic synthetic annual report of N events, the shape of the team's peer-benchmark corpus (about 120-200
/// words of Dutch-like Markdown each, with bold, links and lists), written twice: as our input/ and as a Hugo
/// site with the same events, so the two generators build the same pages. Titles carry a number where they
/// would repeat, because our addresses come from titles. Same N and seed, same bytes.
/// </summary>
public static class Corpus
{
    private static readonly string[] Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] TitleA = ["Ledenvergadering", "Vrijwilligersdag", "Open dag", "Workshop", "Lezing", "Excursie", "Jubileumfeest", "Informatieavond", "Sponsorloop", "Bestuursoverleg", "Zomerfeest", "Kerstmarkt", "Fietstocht", "Inzamelingsactie", "Themabijeenkomst", "Cursusavond", "Voorjaarsschoonmaak", "Filmavond", "Wandeling", "Symposium"];

    private static readonly string[] TitleB = ["in Utrecht", "in Amsterdam", "in Rotterdam", "in Groningen", "in Zwolle", "in Den Haag", "in Eindhoven", "in Nijmegen", "in het buurthuis", "in de bibliotheek", "op het plein", "bij de kinderboerderij", "in het café", "in Leeuwarden", "voor nieuwe leden", "voor vrijwilligers", "met de gemeente", "in Maastricht", "in Arnhem", "in Haarlem"];

    private static readonly string[] Words = """
        de het een en van in op met voor door over naar bij uit aan om tot als dat die dit wat wie waar wanneer hoe ook nog
        al wel niet geen meer veel weinig samen altijd vaak soms graag echt heel erg mooi goed nieuw oud groot klein druk
        rustig gezellig belangrijk bijzonder jaarlijks eerste laatste vereniging bestuur leden vrijwilligers bezoekers gemeente
        buurt wijk stad dorp bijeenkomst activiteit avond middag ochtend week maand jaar seizoen programma project plan begroting
        subsidie bijdrage contributie kas verslag notulen voorzitter secretaris penningmeester commissie werkgroep overleg
        gesprek presentatie lezing workshop cursus excursie wandeling tocht feest markt organiseerde bezochten besprak vertelde
        hielp werkte kwam ging stond zag hoorde leerde maakte bouwde plantte verzamelde deelde kreeg gaf bracht zorgde begon
        eindigde koffie thee taart soep brood fiets trein bus zaal tuin park plein kerk school bibliotheek buurthuis café één
        ideeën geïnteresseerd financiën reünie zeeën coördinatie
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] Links = ["https://example.org/verslag", "https://example.org/agenda", "https://example.net/foto-album", "https://example.com/aanmelden", "https://example.org/nieuwsbrief"];

    public sealed record Event(string FileName, string Title, DateOnly Date, string Body);

    public static IReadOnlyList<Event> Events(int n, int year = 2024, int seed = 2024)
    {
        var random = new Random(seed);
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        var dates = Enumerable.Range(0, n).Select(_ => random.Next(days)).Order().ToList();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var width = Math.Max(4, n.ToString(CultureInfo.InvariantCulture).Length);
        var events = new List<Event>(n);
        for (var i = 0; i < n; i++)
        {
            var date = new DateOnly(year, 1, 1).AddDays(dates[i]);
            var title = $"{TitleA[random.Next(TitleA.Length)]} {TitleB[random.Next(TitleB.Length)]}";
            seen[title] = seen.GetValueOrDefault(title) + 1;
            if (seen[title] > 1)
            {
                title += " " + seen[title].ToString(CultureInfo.InvariantCulture);
            }

            var number = (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            events.Add(new Event($"{number}-{Generator.Text.Slug.From(title)}.md", title, date, Body(random)));
        }

        return events;
    }

    /// <summary>The last year of a corpus; a corpus of several years ends with it.</summary>
    public const int LastYear = 2024;

    /// <summary>
    /// Writes our input/ (with <paramref name="theme"/> copied beside it) and, when asked, the same events as a Hugo site.
    /// With <paramref name="years"/> above 1, the site holds that many years up to <see cref="LastYear"/>, each with
    /// <paramref name="n"/> events of its own (the Hugo site gets the last year's only).
    /// </summary>
    /// <param name="openData">False for the like-for-like comparison: the Hugo site makes no feeds or data files either.</param>
    public static void Write(int n, string ourSite, string? hugoSite, string theme, string hugoTemplate, bool openData = true, int years = 1)
    {
        var events = Events(n);
        var utf8 = new UTF8Encoding(false);
        var input = Path.Combine(ourSite, "input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"),
            "title: Jaarverslagen\norganisation: Vereniging Voorbeeld\nlanguage: nl\ndescription: Synthetische jaarverslagen.\n"
            + (openData ? "" : "open_data: false\n"), utf8);
        for (var year = LastYear - years + 1; year <= LastYear; year++)
        {
            var yearFolder = Path.Combine(input, year.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(Path.Combine(yearFolder, "events"));
            File.WriteAllText(Path.Combine(yearFolder, "report.yml"), $"title: Jaarverslag {year}\ndescription: Een synthetisch jaarverslag.\n", utf8);
            File.WriteAllText(Path.Combine(yearFolder, "finance.yml"), OurFinance(), utf8);
            foreach (var e in year == LastYear ? events : Events(n, year, year))
            {
                File.WriteAllText(Path.Combine(yearFolder, "events", e.FileName), FrontMatter(e) + e.Body, utf8);
            }
        }

        CopyFolder(theme, Path.Combine(ourSite, "theme"));
        if (hugoSite is null)
        {
            return;
        }

        CopyFolder(hugoTemplate, hugoSite);
        Directory.CreateDirectory(Path.Combine(hugoSite, "content", "events"));
        Directory.CreateDirectory(Path.Combine(hugoSite, "data"));
        File.WriteAllText(Path.Combine(hugoSite, "data", "financien.yaml"), HugoFinance(), utf8);
        foreach (var e in events)
        {
            File.WriteAllText(Path.Combine(hugoSite, "content", "events", e.FileName), FrontMatter(e) + e.Body, utf8);
        }
    }

    private static string FrontMatter(Event e) =>
        $"---\ntitle: \"{e.Title}\"\ndate: {e.Date:yyyy-MM-dd}\nmonth: {Months[e.Date.Month - 1]}\n---\n";

    private static string Body(Random random)
    {
        var target = random.Next(120, 201);
        var paragraphs = new List<string>();
        var count = random.Next(1, 4);
        var left = target;
        for (var p = 0; p < count; p++)
        {
            var share = p == count - 1 ? left : left / (count - p);
            var sentences = new List<string>();
            var used = 0;
            while (used < Math.Max(share, 10))
            {
                var sentence = Sentence(random, 6, 14);
                sentences.Add(sentence);
                used += sentence.Count(c => c == ' ') + 1;
            }

            left -= used;
            paragraphs.Add(string.Join(' ', sentences));
        }

        if (random.NextDouble() < 0.6)
        {
            var words = paragraphs[0].Split(' ');
            var k = random.Next(words.Length - 1);
            words[k] = "**" + words[k];
            words[k + 1] += "**";
            paragraphs[0] = string.Join(' ', words);
        }

        if (random.NextDouble() < 0.5)
        {
            paragraphs[^1] += $" Meer informatie staat op [onze website]({Links[random.Next(Links.Length)]}).";
        }

        if (random.NextDouble() < 0.3)
        {
            var items = Enumerable.Range(0, random.Next(3, 6)).Select(_ => "- " + Sentence(random, 3, 6).TrimEnd('.', '!', '?'));
            paragraphs.Insert(1, "Op het programma stonden:\n\n" + string.Join('\n', items));
        }

        return string.Join("\n\n", paragraphs) + "\n";
    }

    private static string Sentence(Random random, int low, int high)
    {
        var words = Enumerable.Range(0, random.Next(low, high + 1)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    private static readonly (string Label, int Amount)[] Income = [("Contributies", 12500), ("Subsidie gemeente", 8000), ("Donaties", 3100), ("Sponsoring", 2400), ("Overige baten", 650)];

    private static readonly (string Label, int Amount)[] Expenses = [("Huur zaal", 9600), ("Energie", 2100), ("Drukwerk", 1300), ("Website en ICT", 900), ("Activiteiten", 11200), ("Overige lasten", 700)];

    private static string OurFinance()
    {
        var yaml = new StringBuilder("title: Baten en lasten\ncaption: Baten en lasten 2024\ncolumn: Realisatie 2024\nunit: 1\nincome:\n  lines:\n");
        foreach (var (label, amount) in Income)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"    - key: {Generator.Reading.FinanceKeys.From(label)}\n      label: {label}\n      amount: {amount}\n");
        }

        yaml.Append("expenses:\n  lines:\n");
        foreach (var (label, amount) in Expenses)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"    - key: {Generator.Reading.FinanceKeys.From(label)}\n      label: {label}\n      amount: {amount}\n");
        }

        return yaml.ToString();
    }

    private static string HugoFinance()
    {
        var yaml = new StringBuilder("jaar: 2024\nvaluta: EUR\nbaten:\n");
        foreach (var (label, amount) in Income)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - omschrijving: \"{label}\"\n    bedrag: {amount}.00\n");
        }

        yaml.Append("lasten:\n");
        foreach (var (label, amount) in Expenses)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - omschrijving: \"{label}\"\n    bedrag: {amount}.00\n");
        }

        return yaml.ToString();
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
