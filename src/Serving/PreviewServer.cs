using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Generator.Serving;

/// <summary>
/// The preview: Kestrel on loopback, serving the current build from memory, with a server-sent-events stream
/// that tells open pages to reload after each build. It serves nothing from disk, so no path can escape the site.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>Long enough to merge an editor's double write or a save of several files, short enough not to be felt.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(15);

    private readonly PreviewSession _session;
    private readonly WebApplication _app;
    private readonly ChangeWatcher _watcher;
    private readonly ReloadHub _hub = new();

    private PreviewServer(PreviewSession session, WebApplication app, ChangeWatcher watcher)
    {
        _session = session;
        _app = app;
        _watcher = watcher;
        _session.Rebuilt += site => _hub.Broadcast(site.Version);
    }

    /// <summary>The port it listens on (the one picked when 0 was asked for).</summary>
    public int Port { get; private set; }

    public PreviewSession Session => _session;

    /// <summary>The addresses Kestrel listens on.</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    /// <summary>
    /// Builds the site, then starts listening on 127.0.0.1 and watching the input and theme folders. A failed build
    /// is served as an error page; only a failure to bind the address throws <see cref="CannotListenException"/>.
    /// </summary>
    public static async Task<PreviewServer> StartAsync(BuildOptions options, int port, TextWriter output, TextWriter error)
    {
        var session = new PreviewSession(options, output, error);
        session.Rebuild(null);

        // The content root is ASP.NET's only reason to read the working folder (and an appsettings.json found there
        // would configure the server): the generator's own folder is fixed, whatever folder the command runs in.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();

        var watcher = new ChangeWatcher([options.InputFolder, options.ThemeFolder], QuietPeriod, changed => session.Rebuild(changed));
        var server = new PreviewServer(session, app, watcher);
        app.Run(server.HandleAsync);

        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (IOException e)
        {
            watcher.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw new CannotListenException(e.Message, e);
        }

        server.Addresses = [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => a.TrimEnd('/') + "/")];
        server.Port = new Uri(server.Addresses[0]).Port;
        return server;
    }

    /// <summary>Runs until Ctrl+C (or SIGTERM), then stops cleanly.</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        _hub.Close();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task StreamBuildsAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted, _app.Lifetime.ApplicationStopping);
        var reader = _hub.Subscribe(stopping.Token);
        try
        {
            await WriteBuildAsync(context, _session.Current.Version, stopping.Token).ConfigureAwait(false);
            await foreach (var version in reader.ReadAllAsync(stopping.Token).ConfigureAwait(false))
            {
                await WriteBuildAsync(context, version, stopping.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
    }

    private static async Task WriteBuildAsync(HttpContext context, int version, CancellationToken token)
    {
        await context.Response.WriteAsync($"event: build\ndata: {version}\n\n", token).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(token).ConfigureAwait(false);
    }

    private Task HandleAsync(HttpContext context)
    {
        if (!HostCheck.IsAllowed(context.Request.Headers.Host.ToString(), context.Connection.LocalPort))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(HostCheck.Refusal(context.Connection.LocalPort), context.RequestAborted);
        }

        if (context.Request.Path == ReloadScript.EventsPath)
        {
            return StreamBuildsAsync(context);
        }

        if (context.Request.Path == ReloadScript.ScriptPath)
        {
            context.Response.ContentType = ContentTypes.For(".js");
            return context.Response.WriteAsync(ReloadScript.Script, context.RequestAborted);
        }

        if (context.Request.Path == PreviewPages.StylePath)
        {
            context.Response.ContentType = ContentTypes.For(".css");
            return context.Response.WriteAsync(PreviewPages.Stylesheet, context.RequestAborted);
        }

        return ServeAsync(context);
    }

    private async Task ServeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var site = _session.Current;
        var path = SitePath.FromRequest(context.Request.Path.Value ?? "/");
        if (path is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("Bad request.", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (path.Length > 0 && !path.EndsWith('/') && site.Pages.ContainsKey(path + "/index.html"))
        {
            // A folder asked for without its slash: its relative links only work with one.
            context.Response.Redirect("/" + path + "/");
            return;
        }

        if (site.Failed)
        {
            // No file of the last good build is served while the build is broken, a data file or an image no more than
            // a page: a feed reader or a script would take the old file for the current one. Pages show the errors.
            context.Response.Headers.ContentSecurityPolicy = PreviewPages.SecurityPolicy;
            if (IsPage(path))
            {
                await WriteFileAsync(context, StatusCodes.Status500InternalServerError, PreviewPages.Errors(site.Errors)).ConfigureAwait(false);
            }
            else
            {
                await WriteFileAsync(context, StatusCodes.Status500InternalServerError, PreviewPages.ErrorsAsText(site.Errors), "errors.txt").ConfigureAwait(false);
            }

            return;
        }

        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (site.Assets.TryGetValue(file, out var bytes))
        {
            context.Response.ContentType = ContentTypes.For(file);
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
        else if (site.File(file) is { } page)
        {
            await WriteFileAsync(context, StatusCodes.Status200OK, page, file).ConfigureAwait(false);
        }
        else
        {
            context.Response.Headers.ContentSecurityPolicy = PreviewPages.SecurityPolicy;
            await WriteFileAsync(context, StatusCodes.Status404NotFound, PreviewPages.NotFound("/" + file)).ConfigureAwait(false);
        }
    }

    private static bool IsPage(string path) =>
        path.Length == 0 || path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal) || !Path.GetFileName(path).Contains('.', StringComparison.Ordinal);

    /// <summary>Writes a page (with the reload script) or a data file (as it is).</summary>
    private static async Task WriteFileAsync(HttpContext context, int status, string html, string file = "x.html")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.For(file);
        context.Response.Headers.CacheControl = "no-cache";
        var body = file.EndsWith(".html", StringComparison.Ordinal) ? ReloadScript.Inject(html) : html;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), context.RequestAborted).ConfigureAwait(false);
    }
}
