using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Generator.Diagnostics;
using Generator.Serving;
using Generator.Tests.Support;

namespace Generator.Tests.Serving;

/// <summary>The preview survives anything a rebuild meets, keeps its memory bounded and makes data files only on request.</summary>
public class PreviewRobustnessTests
{
    private const string Event = "input/2022/events/2022-06-28-lancering-advocatenportaal.md";

    private static BuildOptions Options(TestSite site) => new(site.Input, site.Theme, site.Output, site.Root) { WriteOutput = false, IncludeDrafts = true };

    [Fact]
    public void A_rebuild_that_fails_as_a_bug_would_is_an_error_page_and_a_terminal_line_and_the_next_save_recovers()
    {
        using var site = TestSite.CopyOfRealReport();
        var error = new StringWriter();
        var fail = true;
        var session = new PreviewSession(Options(site), new StringWriter(), error)
        {
            Generate = (options, diagnostics, sink, cache, timings) => fail
                ? throw new InvalidOperationException("kapot")
                : SiteGenerator.Generate(options, diagnostics, sink, cache, timings),
        };

        var failed = session.Rebuild(null);
        Assert.True(failed.Failed);
        Assert.Contains("kapot", Assert.Single(failed.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("internal error: InvalidOperationException: kapot", error.ToString(), StringComparison.Ordinal);

        fail = false;
        var recovered = session.Rebuild([Path.Combine(site.Root, Event)]);
        Assert.False(recovered.Failed);
        Assert.Contains("2022/index.html", recovered.Pages.Keys);
    }

    [Fact]
    public async Task A_symbolic_link_to_itself_saved_while_serving_is_an_error_page_and_removing_it_brings_the_site_back()
    {
        using var site = TestSite.CopyOfRealReport();
        var error = new StringWriter();
        await using var server = await PreviewServer.StartAsync(Options(site), 0, new StringWriter(), TextWriter.Synchronized(error));
        using var client = new PreviewClient(server.Port);
        using var events = await client.OpenBuildEventsAsync();
        await events.NextAsync();

        var loop = Path.Combine(site.Year, "events", "2022-12-31-lus.md");
        File.CreateSymbolicLink(loop, loop);
        await events.NextAsync();
        var (status, body) = await client.GetAsync("2022/");
        Assert.Equal(500, status);
        Assert.Contains("input/2022/events/2022-12-31-lus.md(1,1)", body, StringComparison.Ordinal);
        Assert.Contains("RPT006", body, StringComparison.Ordinal);

        File.Delete(loop);
        await events.NextAsync();
        Assert.Equal(200, (await client.GetAsync("2022/")).Status);
        Assert.DoesNotContain("internal error", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_keeps_only_what_the_last_build_used()
    {
        using var site = TestSite.CopyOfRealReport();
        var session = new PreviewSession(Options(site), new StringWriter(), new StringWriter());
        session.Rebuild(null);
        var size = session.Cache.Count;

        for (var i = 0; i < 5; i++)
        {
            site.Edit(Event, i == 0 ? "We blijven" : $"We blijven{i - 1}", $"We blijven{i}");
            session.Rebuild([Path.Combine(site.Root, Event)]);
        }

        // A renamed event leaves no page behind.
        File.Move(Path.Combine(site.Root, Event), Path.Combine(site.Year, "events", "2022-06-28-portaal-hernoemd.md"));
        session.Rebuild([Path.Combine(site.Root, Event), Path.Combine(site.Year, "events", "2022-06-28-portaal-hernoemd.md")]);
        Assert.Equal(size, session.Cache.Count);
    }

    [Fact]
    public async Task Asking_for_the_stylesheet_does_not_make_the_data_files_and_asking_for_one_does()
    {
        using var site = TestSite.CopyOfRealReport();
        await using var server = await PreviewServer.StartAsync(Options(site), 0, new StringWriter(), new StringWriter());
        using var client = new PreviewClient(server.Port);

        Assert.Equal(200, (await client.GetAsync("assets/style.css")).Status);
        Assert.Equal(200, (await client.GetAsync("2022/")).Status);
        Assert.Equal(404, (await client.GetAsync("assets/bestaat-niet.png")).Status);
        Assert.DoesNotContain(server.Session.Current.Data.Values, data => data.IsValueCreated);

        Assert.Equal(200, (await client.GetAsync("feed.xml")).Status);
        Assert.True(server.Session.Current.Data["feed.xml"].IsValueCreated);
        Assert.False(server.Session.Current.Data["events.json"].IsValueCreated);
    }

    [Fact]
    public async Task Serve_started_with_a_link_loop_serves_the_errors_and_stops_cleanly_on_SIGTERM()
    {
        using var site = TestSite.CopyOfRealReport();
        File.CreateSymbolicLink(Path.Combine(site.Year, "events", "2022-12-31-lus.md"), "2022-12-31-lus.md");
        using var process = StartServe(site, "0");
        try
        {
            var port = await ServeCommandTests.ReadPortAsync(process);
            using var client = new PreviewClient(port);
            var (status, body) = await client.GetAsync("2022/");
            Assert.Equal(500, status);
            Assert.Contains("RPT006", body, StringComparison.Ordinal);

            await ServeCommandTests.TerminateAsync(process);
            var error = await process.StandardError.ReadToEndAsync();
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("error RPT006", error, StringComparison.Ordinal);
            Assert.DoesNotContain("cannot listen", error, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void Only_a_port_in_use_makes_serve_say_it_cannot_listen()
    {
        using var site = TestSite.CopyOfRealReport();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        using var process = StartServe(site, port);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "serve did not give up on a taken port");
        Assert.Equal(Program.UsageOrInternalError, process.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", process.StandardError.ReadToEnd(), StringComparison.Ordinal);
    }

    private static Process StartServe(TestSite site, string port)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "Generator.dll"), "serve", "--port", port })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
