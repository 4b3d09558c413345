using Generator.Addressing;

namespace Generator.Tests.Addressing;

public sealed class PageAddressTests
{
    [Fact]
    public void Each_kind_of_page_has_its_folder_depth_and_way_back_to_the_root()
    {
        Assert.Equal(("", 0, "", "index.html"), Describe(PageAddress.Root));
        Assert.Equal(("2022/", 1, "../", "2022/index.html"), Describe(PageAddress.Year(2022)));
        Assert.Equal(("2022/01/loketten/", 3, "../../../", "2022/01/loketten/index.html"), Describe(PageAddress.Event(2022, 1, "loketten")));
        Assert.Equal("2023/11/x/", PageAddress.Event(2023, 11, "x").Folder);
    }

    [Fact]
    public void A_year_names_its_data_files()
    {
        Assert.Equal("2022/events.json", PageAddress.Year(2022).File("events.json"));
        Assert.Equal("events.json", PageAddress.Root.File("events.json"));
    }

    [Theory]
    [InlineData("", "2022/01/a/index.html", "2022/01/a/index.html")]
    [InlineData("", "index.html#maart", "#maart")]
    [InlineData("2022/", "2022/index.html#maart", "#maart")]
    [InlineData("2022/", "2022/index.html", "../2022/index.html")]
    [InlineData("2022/", "2021/index.html#maart", "../2021/index.html#maart")]
    [InlineData("2022/", "2022/01/a/index.html", "../2022/01/a/index.html")]
    [InlineData("2022/01/a/", "2022/index.html#maart", "../../../2022/index.html#maart")]
    [InlineData("2022/01/a/", "2022/01/a/index.html#kop", "#kop")]
    [InlineData("2022/01/a/", "assets/style.css", "../../../assets/style.css")]
    public void A_link_is_relative_to_the_page_it_is_on_and_a_place_on_the_same_page_is_its_fragment(string from, string to, string expected)
    {
        var page = from switch
        {
            "" => PageAddress.Root,
            "2022/" => PageAddress.Year(2022),
            _ => PageAddress.Event(2022, 1, "a"),
        };
        Assert.Equal(expected, page.LinkTo(to));
    }

    [Fact]
    public void A_link_between_pages_goes_through_the_root()
    {
        Assert.Equal("../2021/index.html", PageAddress.Year(2022).LinkTo(PageAddress.Year(2021)));
        Assert.Equal("2022/index.html", PageAddress.Root.LinkTo(PageAddress.Year(2022)));
        Assert.Equal("index.html", PageAddress.Year(2022).LinkTo(PageAddress.Year(2022)));
        Assert.Equal("../../../2022/", PageAddress.Event(2022, 1, "a").LinkToFolder(PageAddress.Year(2022)));
        Assert.Equal("", PageAddress.Year(2022).LinkToFolder(PageAddress.Year(2022)));
        Assert.Equal("01/a/", PageAddress.Event(2022, 1, "a").RelativeTo(PageAddress.Year(2022)));
        Assert.Equal("../2022/01/a/", PageAddress.Event(2022, 1, "a").RelativeTo(PageAddress.Year(2021)));
        Assert.Equal("2022/01/a/", PageAddress.Event(2022, 1, "a").RelativeTo(PageAddress.Root));
    }

    private static (string, int, string, string) Describe(PageAddress a) => (a.Folder, a.Depth, a.ToRoot, a.Page);

    [Fact]
    public void Addresses_of_the_same_folder_are_equal_whatever_was_asked_of_them()
    {
        var asked = PageAddress.Event(2022, 1, "x");
        var fresh = PageAddress.Event(2022, 1, "x");
        Assert.Equal("../../../", asked.ToRoot);
        Assert.Equal("2022/01/x/index.html", asked.Page);
        Assert.Equal(asked, fresh);
        Assert.True(asked == fresh);
        Assert.Equal(asked.GetHashCode(), fresh.GetHashCode());
        Assert.Equal(3, fresh.Depth);
        Assert.NotEqual(asked, PageAddress.Event(2022, 1, "y"));
        Assert.NotEqual(PageAddress.Year(2022), PageAddress.Year(2023));
        Assert.Equal("", PageAddress.Root.ToRoot);
        Assert.Equal(0, PageAddress.Root.Depth);
    }
}
