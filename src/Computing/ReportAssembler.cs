using Generator.Addressing;
using Generator.Diagnostics;
using Generator.Reading;
using Generator.Text;

namespace Generator.Computing;

/// <summary>Puts events in timeline order, groups them by month, gives each its address, and orders the chapters.</summary>
public static class ReportAssembler
{
    public static AnnualReport Assemble(
        SiteSettings site,
        IReadOnlyList<EventSource> events,
        IReadOnlyList<SectionSource> sections,
        FinanceReport finance,
        bool includeDrafts,
        DiagnosticBag diagnostics)
    {
        var ordered = events
            .Where(e => includeDrafts || !e.Draft)
            .OrderBy(e => e.Month)
            .ThenBy(e => e.Date.HasValue) // an event known only by its month heads its month, as in the source
            .ThenBy(e => e.Date)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .Select(e => WithAddress(e, site.Year))
            .ToList();

        ReportDuplicateAddresses(ordered, diagnostics);
        var months = ordered
            .GroupBy(e => e.Source.Month)
            .Select(g => new MonthGroup(g.Key, [.. g]))
            .ToList();

        var orderedSections = sections
            .OrderBy(s => s.Order)
            .ThenBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var duplicate in orderedSections.GroupBy(s => s.Order).Where(g => g.Count() > 1))
        {
            foreach (var section in duplicate.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.SectionOrderDuplicate, new SourceLocation(section.Path, 1, 1),
                    $"'order: {duplicate.Key}' is also used by {duplicate.First().Path}. Give each chapter its own number.");
            }
        }

        var drafts = events.Where(e => e.Draft && !includeDrafts).Select(e => e.Path).ToList();
        return new AnnualReport(site, ordered, months, orderedSections, finance, drafts);
    }

    private static ReportEvent WithAddress(EventSource source, int year)
    {
        var slug = source.Slug; // made from the title each time it is asked for
        return new ReportEvent(source, slug, PageAddress.Event(year, source.Month, slug));
    }

    private static void ReportDuplicateAddresses(List<ReportEvent> events, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, ReportEvent>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            // Slugs are also the anchors on the one-page report, so they must be unique across the year.
            if (e.Slug.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateAddress, e.Source.TitleLocation,
                    "The title has no letters or digits to make an address from. Give the event a real title, or set its address with a line like 'slug: werkbezoek' in the front matter.");
            }
            else if (seen.TryGetValue(e.Slug, out var first))
            {
                var made = e.Source.ChosenSlug is null ? "This title gives" : "This 'slug:' sets";
                diagnostics.Error(DiagnosticCodes.DuplicateAddress, e.Source.AddressLocation,
                    $"{made} the address '{e.Slug}', which {first.Source.Path} already has. Give one of the two events its own address with a line like 'slug: {e.Slug}-2' in its front matter, or make the titles differ.");
            }
            else
            {
                seen.Add(e.Slug, e);
            }
        }
    }
}
