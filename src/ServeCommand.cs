using System.CommandLine;
using Generator.Serving;

namespace Generator;

/// <summary><c>serve</c>: a preview on 127.0.0.1 that rebuilds on every save and reloads the open page.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    /// <param name="workingFolder">The absolute folder the command runs in; the folders are made absolute against it once, at start.</param>
    public static Command Create(Option<string> input, Option<string> theme, Option<string?> baseUrl, string workingFolder, TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = $"The port on 127.0.0.1 (default {DefaultPort}); 0 picks a free one and prints it.",
            DefaultValueFactory = _ => DefaultPort,
            CustomParser = result => CommandLine.ParseNumber(result, "--port", 0, 65535, "a port number from 0 to 65535 (0 picks a free one)"),
        };
        var serve = new Command("serve", "Build the site, serve it on http://127.0.0.1:5080 and rebuild on every save of input/ or theme/; "
            + "open pages reload by themselves, and show the errors while the build is broken. Drafts are shown, marked 'concept'. Stop with Ctrl+C.")
        {
            input, theme, port, baseUrl,
        };
        serve.SetAction(result =>
        {
            var chosen = result.GetValue(port);
            var options = new BuildOptions(
                FolderOption.Value(result, input, workingFolder), FolderOption.Value(result, theme, workingFolder),
                ShownPath.Absolute(workingFolder, CommandLine.DefaultOutput), workingFolder)
            {
                WriteOutput = false,
                IncludeDrafts = true,
                BaseUrl = result.GetValue(baseUrl),
            };
            return Run(options, chosen, output, error).GetAwaiter().GetResult();
        });
        return serve;
    }

    private static async Task<int> Run(BuildOptions options, int port, TextWriter output, TextWriter error)
    {
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, port, output, error).ConfigureAwait(false);
        }
        catch (CannotListenException e)
        {
            error.WriteLine($"generator: error: cannot listen on 127.0.0.1:{port}: {e.Message} Choose another with --port, or --port 0 for a free one.");
            return Program.UsageOrInternalError;
        }

        await using (server.ConfigureAwait(false))
        {
            output.WriteLine($"Serving the report at http://127.0.0.1:{server.Port}/ (watching {options.Show(options.InputFolder)} and {options.Show(options.ThemeFolder)}; Ctrl+C stops).");
            await server.WaitForShutdownAsync().ConfigureAwait(false);
            output.WriteLine("Stopped.");
        }

        return Program.Success;
    }
}
