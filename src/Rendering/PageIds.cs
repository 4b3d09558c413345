using Generator.Computing;
using Generator.Reading;
using Generator.Text;

namespace Generator.Rendering;

/// <summary>
/// The ids that content gives the report page, in one place: a month's is its Dutch name (<c>juni</c>), an event's its
/// slug, a chapter's the slug of its title. Templates add their own ids and suffixes (<c>juni-titel</c>); all share
/// one namespace, which <see cref="Checking.PageIdChecker"/> keeps free of duplicates.
/// </summary>
public static class PageIds
{
    public static string Month(int month) => DutchMonths.Name(month);

    public static string Event(ReportEvent e) => e.Slug;

    public static string Section(SectionSource section) => Slug.From(section.Title);
}
