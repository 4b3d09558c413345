using System.Net.Sockets;
using System.Text;

namespace Generator.Tests.Serving;

/// <summary>Talks to a running preview: pages, raw requests, and its stream of build events.</summary>
public sealed class PreviewClient(int port) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A GET that also returns the response's content type and its Content-Security-Policy header (empty when absent).</summary>
    public async Task<(int Status, string Body, string ContentType, string Policy)> GetWithHeadersAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        var policy = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(", ", values) : "";
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.ToString() ?? "", policy);
    }

    /// <summary>A GET with the given Host header, as a page on another name (DNS rebinding) would send it; an event stream is not read.</summary>
    public async Task<(int Status, string Body)> GetWithHostAsync(string path, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
        {
            return ((int)response.StatusCode, "");
        }

        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends a request line exactly as given, without the client normalising the path.</summary>
    public async Task<int> RawStatusAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Opens the event stream; each item is a build's version.</summary>
    public async Task<BuildEvents> OpenBuildEventsAsync()
    {
        var response = await _http.GetAsync(Generator.Serving.ReloadScript.EventsPath.TrimStart('/'), HttpCompletionOption.ResponseHeadersRead);
        return new BuildEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    public void Dispose() => _http.Dispose();

    public sealed class BuildEvents(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public string ContentType => response.Content.Headers.ContentType?.MediaType ?? "";

        /// <summary>The next build's version; fails the test when none comes in time.</summary>
        public async Task<int> NextAsync(TimeSpan? within = null)
        {
            using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
            string? eventName = null;
            while (true)
            {
                var line = await reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The event stream ended.");
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    eventName = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "build")
                {
                    return int.Parse(line["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
