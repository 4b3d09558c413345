using Generator.Tests.Support;

namespace Generator.Tests.Images;

/// <summary>A copy of the real report whose first event gets images: the files in input/2022/images/ and Markdown appended to its text.</summary>
public static class PhotoSite
{
    public const string Event = "input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md";

    /// <summary>The event's own page in the output.</summary>
    public const string EventPage = "2022/01/ind-onderzoekt-interne-cultuur/index.html";

    public static TestSite Create() => TestSite.CopyOfRealReport();

    public static void AddImage(this TestSite site, string name, byte[] bytes)
    {
        Directory.CreateDirectory(Path.Combine(site.Year, "images"));
        site.WriteBytes("input/2022/images/" + name, bytes);
    }

    /// <summary>Appends Markdown to the event's text; returns the file line its first line lands on.</summary>
    public static int AppendToEvent(this TestSite site, string markdown)
    {
        var text = site.Read(Event).TrimEnd('\n') + "\n\n";
        var line = text.Count(c => c == '\n') + 1;
        site.Write(Event, text + markdown + "\n");
        return line;
    }

    /// <summary>Adds keys to the event's front matter (before its closing '---').</summary>
    public static void AddFrontMatter(this TestSite site, string yaml) =>
        site.Edit(Event, "month: januari\n", "month: januari\n" + yaml.TrimEnd('\n') + "\n");
}
