using Generator.Serving;
using Generator.Tests.Support;

namespace Generator.Tests.Serving;

/// <summary>The real preview server on a free port, with real files changing under it.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string Event = "input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md";

    private readonly TestSite _site = TestSite.CopyOfRealReport();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private PreviewServer _server = null!;
    private PreviewClient _client = null!;

    public async Task InitializeAsync()
    {
        var options = new BuildOptions(_site.Input, _site.Theme, _site.Output, _site.Root) { WriteOutput = false, IncludeDrafts = true };
        _server = await PreviewServer.StartAsync(options, 0, TextWriter.Synchronized(_output), TextWriter.Synchronized(_error));
        _client = new PreviewClient(_server.Port);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task It_serves_the_report_with_a_reload_script_that_the_built_files_never_contain()
    {
        var (status, body) = await _client.GetAsync("2022/");
        Assert.Equal(200, status);
        Assert.Contains("<h1>Jaaroverzicht 2022</h1>", body, StringComparison.Ordinal);
        Assert.Contains("data-preview-reload", body, StringComparison.Ordinal);
        Assert.Contains(ReloadScript.Tag, body, StringComparison.Ordinal);
        var (scriptStatus, script) = await _client.GetAsync(ReloadScript.ScriptPath.TrimStart('/'));
        Assert.Equal(200, scriptStatus);
        Assert.Contains(ReloadScript.EventsPath, script, StringComparison.Ordinal);

        var (pageStatus, page) = await _client.GetAsync("2022/01/ind-onderzoekt-interne-cultuur/");
        Assert.Equal(200, pageStatus);
        Assert.Contains("data-preview-reload", page, StringComparison.Ordinal);
        Assert.Equal(302, (await _client.GetAsync("2022/01/ind-onderzoekt-interne-cultuur")).Status);

        var (dataStatus, data) = await _client.GetAsync("events.json");
        Assert.Equal(200, dataStatus);
        Assert.StartsWith("{", data, StringComparison.Ordinal);
        Assert.DoesNotContain("preview", data, StringComparison.Ordinal);

        var (cssStatus, css) = await _client.GetAsync("assets/style.css");
        Assert.Equal(200, cssStatus);
        Assert.Equal(_site.Read("theme/assets/style.css"), css);

        _site.BuildSuccessfully();
        foreach (var file in _site.OutputFiles())
        {
            Assert.DoesNotContain("preview", _site.Read("output/" + file), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_saved_change_sends_a_build_event_and_the_page_shows_the_new_text()
    {
        using var events = await _client.OpenBuildEventsAsync();
        Assert.Equal("text/event-stream", events.ContentType);
        var first = await events.NextAsync();

        _site.Edit(Event, "Ruim 2.000 medewerkers", "Ruim 2.500 medewerkers");
        Assert.Equal(first + 1, await events.NextAsync());

        var (_, body) = await _client.GetAsync("2022/");
        Assert.Contains("Ruim 2.500 medewerkers", body, StringComparison.Ordinal);
        Assert.Matches(@"Built 24 events in \d+ ms: 1 file read, 1 text and 2 pages rendered\.", _output.ToString());
    }

    [Fact]
    public async Task A_broken_save_shows_the_errors_in_place_of_the_page_and_the_next_good_save_brings_it_back()
    {
        using var events = await _client.OpenBuildEventsAsync();
        await events.NextAsync();

        _site.Edit(Event, "date: 2022-01-26", "date: 2022-13-26");
        await events.NextAsync();
        var (status, body) = await _client.GetAsync("2022/");
        Assert.Equal(500, status);
        Assert.Contains("input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md(3,7)", body, StringComparison.Ordinal);
        Assert.Contains("RPT103", body, StringComparison.Ordinal);
        Assert.Contains("&#39;date&#39; must be a date like 2022-02-07, not &#39;2022-13-26&#39;.", body, StringComparison.Ordinal);
        Assert.Contains("data-preview-reload", body, StringComparison.Ordinal);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Build failed", page.Title);
        Assert.Equal("The build failed", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Fix this error and save", page.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(500, (await _client.GetAsync("2022/02/samenvoeging-ind-loketten/")).Status);
        Assert.Contains("error RPT103", _error.ToString(), StringComparison.Ordinal);

        _site.Edit(Event, "date: 2022-13-26", "date: 2022-01-26");
        await events.NextAsync();
        Assert.Equal(200, (await _client.GetAsync("2022/")).Status);
    }

    [Fact]
    public async Task While_the_build_is_broken_no_file_of_the_last_good_build_is_served_and_the_next_good_save_brings_them_back()
    {
        string[] files = ["events.json", "feed.xml", "finance.csv", "2022/events.json", "2022/finance.json", "assets/style.css"];
        foreach (var file in files)
        {
            Assert.Equal(200, (await _client.GetAsync(file)).Status);
        }

        using var events = await _client.OpenBuildEventsAsync();
        await events.NextAsync();
        _site.Edit(Event, "date: 2022-01-26", "date: 2022-01-99");
        await events.NextAsync();
        foreach (var file in files)
        {
            var (status, body, type, _) = await _client.GetWithHeadersAsync(file);
            Assert.Equal(500, status);
            Assert.StartsWith("text/plain", type, StringComparison.Ordinal);
            Assert.StartsWith("The build failed: this file is not served until this error is fixed.\n", body, StringComparison.Ordinal);
            Assert.Contains("input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md(3,7) RPT103", body, StringComparison.Ordinal);
        }

        _site.Edit(Event, "date: 2022-01-99", "date: 2022-01-26");
        await events.NextAsync();
        foreach (var file in files)
        {
            Assert.Equal(200, (await _client.GetAsync(file)).Status);
        }
    }

    [Fact]
    public async Task The_input_folder_moved_away_shows_that_it_is_missing_and_moved_back_brings_the_site_back_without_another_save()
    {
        using var events = await _client.OpenBuildEventsAsync();
        await events.NextAsync();
        var away = _site.Input + "-weg";
        Directory.Move(_site.Input, away);
        await events.NextAsync();
        var (status, body) = await _client.GetAsync("2022/");
        Assert.Equal(500, status);
        Assert.Contains("RPT003", body, StringComparison.Ordinal);

        // A save inside the folder that went away is not the input's any more: it changes nothing.
        File.AppendAllText(Path.Combine(away, "2022", "events", Path.GetFileName(Event)), "\nWeg.\n");
        Directory.Move(away, _site.Input);
        await events.NextAsync();
        (status, body) = await _client.GetAsync("2022/");
        Assert.Equal(200, status);
        Assert.Contains("Weg.", body, StringComparison.Ordinal);

        // The folder now under the name is watched, not the one that left and came back through another name.
        _site.Edit(Event, "Weg.", "Terug.");
        await events.NextAsync();
        Assert.Contains("Terug.", (await _client.GetAsync("2022/")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_theme_folder_replaced_by_a_copy_is_watched_in_its_new_form()
    {
        using var events = await _client.OpenBuildEventsAsync();
        await events.NextAsync();
        var copy = _site.Theme + "-kopie";
        CopyFolder(_site.Theme, copy);
        Directory.Move(_site.Theme, _site.Theme + "-oud");
        Directory.Move(copy, _site.Theme);
        await events.NextAsync();
        Assert.Equal(200, (await _client.GetAsync("2022/")).Status);

        File.AppendAllText(Path.Combine(_site.Theme, "assets", "style.css"), "\n/* nieuw */\n");
        await events.NextAsync();
        Assert.EndsWith("/* nieuw */\n", (await _client.GetAsync("assets/style.css")).Body, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    [Fact]
    public async Task The_previews_own_pages_have_no_inline_style_or_script_and_follow_the_sites_security_policy()
    {
        var (missingStatus, missing, _, missingPolicy) = await _client.GetWithHeadersAsync("bestaat-niet.html");
        Assert.Equal(404, missingStatus);

        using var events = await _client.OpenBuildEventsAsync();
        await events.NextAsync();
        _site.Edit(Event, "date: 2022-01-26", "date: 2022-13-26");
        await events.NextAsync();
        var (failedStatus, failed, _, failedPolicy) = await _client.GetWithHeadersAsync("");
        Assert.Equal(500, failedStatus);

        var sitePolicy = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(_site.Read("theme/layouts/base.html"))
            .QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content");
        foreach (var (body, policy) in new[] { (missing, missingPolicy), (failed, failedPolicy) })
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.All(page.Scripts, script => Assert.True(script.Source is { Length: > 0 } && script.Text.Length == 0, script.OuterHtml));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.Equal(PreviewPages.StylePath, page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
            Assert.Equal(sitePolicy, page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
            Assert.Equal(sitePolicy, policy);
        }

        var (cssStatus, css, cssType, _) = await _client.GetWithHeadersAsync(PreviewPages.StylePath.TrimStart('/'));
        Assert.Equal(200, cssStatus);
        Assert.StartsWith("text/css", cssType, StringComparison.Ordinal);
        Assert.Contains("h1{color:#a4001d}", css, StringComparison.Ordinal);
        var (scriptStatus, _, scriptType, _) = await _client.GetWithHeadersAsync(ReloadScript.ScriptPath.TrimStart('/'));
        Assert.Equal(200, scriptStatus);
        Assert.StartsWith("text/javascript", scriptType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_of_saves_leads_to_one_rebuild()
    {
        using var events = await _client.OpenBuildEventsAsync();
        var first = await events.NextAsync();

        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.Year, "events")).Take(6))
        {
            File.AppendAllText(file, "\nEen toevoeging.\n");
            File.AppendAllText(file, "Nog een.\n"); // editors that write a file twice
        }

        Assert.Equal(first + 1, await events.NextAsync());
        await Task.Delay(600);
        Assert.Equal(first + 1, _server.Session.Current.Version);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/assets/..%2f..%2finput/site.yml")]
    [InlineData("/assets/%252e%252e/%252e%252e/input/site.yml")]
    [InlineData("/..%5c..%5cinput%5csite.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/input/site.yml")]
    [InlineData("/theme/layouts/base.html")]
    public async Task No_path_escapes_the_built_site(string target)
    {
        var status = await _client.RawStatusAsync(target);
        Assert.True(status is 400 or 404, $"{target} gave {status}");
    }

    [Fact]
    public async Task An_unknown_path_gets_a_real_404_page()
    {
        var (status, body) = await _client.GetAsync("2022/13/bestaat-niet/");
        Assert.Equal(404, status);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Not found", page.Title);
        Assert.Equal("There is no such page", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("The report has no page /2022/13/bestaat-niet/index.html.", page.QuerySelector("main p")!.TextContent);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost:80")]
    [InlineData("[::2]:{port}")]
    [InlineData("10.0.0.1:{port}")]
    public async Task A_request_for_another_host_is_refused_also_on_the_reload_stream(string host)
    {
        foreach (var path in new[] { "", "2022/01/ind-onderzoekt-interne-cultuur/", "assets/style.css", "events.json", ReloadScript.EventsPath.TrimStart('/'), ReloadScript.ScriptPath.TrimStart('/') })
        {
            var (status, body) = await _client.GetWithHostAsync(path, host.Replace("{port}", _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.Equal(421, status);
            Assert.Equal($"This preview answers only to 127.0.0.1:{_server.Port}, localhost:{_server.Port} or [::1]:{_server.Port}. Open http://127.0.0.1:{_server.Port}/ instead.\n", body);
        }
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost")]
    [InlineData("[::1]:{port}")]
    public async Task A_request_for_a_loopback_name_with_the_preview_s_port_is_served(string host)
    {
        var (status, body) = await _client.GetWithHostAsync("2022/", host.Replace("{port}", _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(200, status);
        Assert.Contains("<h1>Jaaroverzicht 2022</h1>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_shown_with_a_concept_badge()
    {
        using var events = await _client.OpenBuildEventsAsync();
        await events.NextAsync();
        _site.Edit(Event, "month: januari", "month: januari\ndraft: true");
        await events.NextAsync();

        var (_, body) = await _client.GetAsync("2022/");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
        Assert.Equal("concept", document.GetElementById("ind-onderzoekt-interne-cultuur")!.QuerySelector(".badge")!.TextContent);
        Assert.Single(document.QuerySelectorAll(".badge"));
    }

    [Fact]
    public async Task It_listens_on_loopback_only()
    {
        Assert.Equal([$"http://127.0.0.1:{_server.Port}/"], _server.Addresses);

        // Nothing answers on the same port at any other address of this machine, IPv6 loopback included.
        var others = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => !a.Equals(System.Net.IPAddress.Loopback) && !a.IsIPv6LinkLocal)
            .Append(System.Net.IPAddress.IPv6Loopback)
            .Distinct()
            .ToList();
        foreach (var address in others)
        {
            // Refused (or, where the machine has no IPv6, not even possible): either way nothing listens there.
            await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(async () =>
            {
                using var client = new System.Net.Sockets.TcpClient(address.AddressFamily);
                await client.ConnectAsync(address, _server.Port).WaitAsync(TimeSpan.FromSeconds(10));
            });
        }

        using var loopback = new System.Net.Sockets.TcpClient();
        await loopback.ConnectAsync(System.Net.IPAddress.Loopback, _server.Port);
        Assert.True(loopback.Connected);
    }
}
