using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// Makes what every page shares read-only, all the way down: the report's model (site, events, months, sections,
/// finance) and the template built-ins. Pages are rendered in parallel over that one shared model, so a theme line
/// such as <c>{{ site.title = page.title }}</c> must not be able to change what another page sees: it becomes
/// an error at that line instead (see <see cref="PageRenderer"/>). A page's own values (<c>page</c>, <c>root</c>,
/// <c>event</c>, and every variable a template sets) live in a global of that page alone and stay writable.
/// </summary>
internal static class FrozenModel
{
    /// <summary>The message of the <see cref="InvalidOperationException"/> that Scriban throws on a change to a read-only object (and our arrays too).</summary>
    public const string ReadOnlyMessage = "The object is readonly";

    /// <summary>True when a template failed because it tried to change the shared model or a built-in function.</summary>
    public static bool IsChangeToShared(Scriban.Syntax.ScriptRuntimeException e) =>
        e.InnerException is InvalidOperationException { Message: ReadOnlyMessage }
        || e.OriginalMessage.StartsWith("Cannot set a value for the readonly ", StringComparison.Ordinal);

    /// <summary>Marks <paramref name="root"/> and every object in it read-only, replacing each array by a read-only one; returns <paramref name="root"/>.</summary>
    public static ScriptObject Freeze(ScriptObject root)
    {
        Freeze(root, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return root;
    }

    private static void Freeze(ScriptObject target, HashSet<object> seen)
    {
        if (!seen.Add(target) || target.IsReadOnly)
        {
            return;
        }

        foreach (var key in target.Keys.ToList())
        {
            target[key] = Frozen(target[key], seen);
        }

        target.IsReadOnly = true;
    }

    private static object? Frozen(object? value, HashSet<object> seen)
    {
        switch (value)
        {
            case ScriptObject child:
                Freeze(child, seen);
                return child;
            case ReadOnlyScriptArray frozen:
                return frozen;
            case ScriptArray array:
                var items = new List<object?>(array.Count);
                foreach (var item in array)
                {
                    items.Add(Frozen(item, seen));
                }

                return new ReadOnlyScriptArray(items);
            default:
                return value;
        }
    }
}

/// <summary>
/// A Scriban array that no template can change: setting an item, adding or removing one throws the same
/// exception as a read-only Scriban object (Scriban's own arrays ignore <c>IsReadOnly</c> for items).
/// Functions that make a new array from it (<c>array.add</c>, <c>array.sort</c>) still work.
/// </summary>
internal sealed class ReadOnlyScriptArray : ScriptArray, System.Collections.IList
{
    private readonly bool _frozen;

    public ReadOnlyScriptArray(IEnumerable<object?> items)
        : base(items)
    {
        _frozen = true;
        IsReadOnly = true;
    }

    public override object? this[int index]
    {
        get => base[index];
        set => Refuse(() => base[index] = value);
    }

    // Scriban assigns an item (events[0] = …) through the non-generic IList, which ScriptArray implements apart.
    object? System.Collections.IList.this[int index]
    {
        get => base[index];
        set => this[index] = value;
    }

    int System.Collections.IList.Add(object? value)
    {
        Add(value);
        return Count - 1;
    }

    void System.Collections.IList.Insert(int index, object? value) => Insert(index, value);

    void System.Collections.IList.Remove(object? value) => Remove(value);

    void System.Collections.IList.RemoveAt(int index) => RemoveAt(index);

    void System.Collections.IList.Clear() => Clear();

    public override void Add(object? item) => Refuse(() => base.Add(item));

    public override void Clear() => Refuse(base.Clear);

    public override void Insert(int index, object? item) => Refuse(() => base.Insert(index, item));

    public override void RemoveAt(int index) => Refuse(() => base.RemoveAt(index));

    public override bool Remove(object? item)
    {
        Refuse(() => { });
        return base.Remove(item);
    }

    private void Refuse(Action change)
    {
        if (_frozen)
        {
            throw new InvalidOperationException(FrozenModel.ReadOnlyMessage);
        }

        change();
    }
}
