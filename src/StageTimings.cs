using System.Diagnostics;

namespace Generator;

/// <summary>How long each stage of one build took: printed by <c>build --timings</c> and used by the benchmark.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Time)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        Record(stage, clock.Elapsed);
        return result;
    }

    /// <summary>Records a stage timed elsewhere (on another thread, alongside the stage before it).</summary>
    public void Record(string stage, TimeSpan time) => _stages.Add((stage, time));

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return true;
    });
}
