using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Generator.BrowserTests.Support;

/// <summary>
/// The real report, built once into a temporary folder, served as plain static files on 127.0.0.1 (at the root
/// and under the sub-path /jaarverslag/), and a headless Debian Chromium to look at it with.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private WebApplication? _server;
    private IPlaywright? _playwright;

    public string Folder { get; } = Directory.CreateTempSubdirectory("report-browser-").FullName;

    public string Output => Path.Combine(Folder, "output");

    public string RootUrl { get; private set; } = "";

    public string SubPathUrl => RootUrl + "jaarverslag/";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (input, theme) = Source();
        var result = SiteBuilder.Build(new BuildOptions(input, theme, Output, RepositoryPaths.Root));
        if (!result.Written)
        {
            throw new InvalidOperationException("The report did not build:\n" + string.Join("\n", result.Diagnostics));
        }

        _server = StartServer(Output);
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        RootUrl = address.TrimEnd('/') + "/";

        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"The browser tests need Debian's Chromium at {chromium}: apt-get install chromium (.ci/run does), or set CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The input and theme folders to build: the repository's own.</summary>
    protected virtual (string Input, string Theme) Source() =>
        (Path.Combine(RepositoryPaths.Root, "input"), Path.Combine(RepositoryPaths.Root, "theme"));

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }

        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>A fresh page that records every request and console error, at the given viewport and colour scheme.</summary>
    public async Task<WatchedPage> OpenAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light,
        ReducedMotion motion = ReducedMotion.NoPreference)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = scheme,
            ReducedMotion = motion,
        });
        var page = await context.NewPageAsync();
        return new WatchedPage(context, page);
    }

    private static WebApplication StartServer(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        foreach (var path in new[] { "", "/jaarverslag" })
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = path });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = path, ServeUnknownFileTypes = true });
        }

        return app;
    }
}

/// <summary>A page with everything it asked for and every error it logged.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    public WatchedPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Request += (_, request) => Requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public List<string> Requests { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
