using System.Threading.Channels;

namespace Generator.Serving;

/// <summary>Tells every open page's event stream that a new build exists.</summary>
public sealed class ReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<int>> _subscribers = [];

    public ChannelReader<int> Subscribe(CancellationToken until)
    {
        var channel = Channel.CreateUnbounded<int>();
        lock (_lock)
        {
            _subscribers.Add(channel);
        }

        until.Register(() =>
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }

            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    public void Broadcast(int version)
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(version);
            }
        }
    }

    public void Close()
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }
}
