using Scriban;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// What rendering a template can leave behind for another template of the same page: the variables it assigns
/// (<c>{{ x = … }}</c>, <c>page.title = …</c>, <c>x++</c>, a capture), by the name they start from, and the variables a
/// template reads. A function definition, an import or a read-only mark can change any name.
/// </summary>
public static class TemplateEffects
{
    /// <summary>Stands for every name: what a function definition, an import or a read-only mark may change.</summary>
    private const string Any = "\u0000any";

    /// <summary>
    /// Whether <paramref name="layout"/>, rendered where <paramref name="wrapper"/> writes it rather than before the
    /// wrapper, gives the same page: neither it nor any partial (any may be included) assigns a name that the wrapper
    /// (or a partial it includes) reads, and the wrapper assigns no name that the layout or a partial reads. Loop
    /// variables stay inside their loop.
    /// </summary>
    public static bool CanRenderInside(Template layout, Template wrapper, IReadOnlyDictionary<string, Template> partials)
    {
        var (layoutAssigns, layoutReads) = Effects([layout, .. partials.Values]);
        var (wrapperAssigns, wrapperReads) = Effects(Includes(wrapper.Page) ? [wrapper, .. partials.Values] : [wrapper]);
        return !layoutAssigns.Contains(Any) && !wrapperAssigns.Contains(Any)
            && !layoutAssigns.Overlaps(wrapperReads) && !wrapperAssigns.Overlaps(layoutReads);
    }

    /// <summary>The names that the templates assign, and those they read.</summary>
    private static (HashSet<string> Assigned, HashSet<string> Read) Effects(IEnumerable<Template> templates)
    {
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            Collect(template.Page, assigned, read);
        }

        return (assigned, read);
    }

    private static void Collect(ScriptNode? node, HashSet<string> assigned, HashSet<string> read)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptAssignExpression assign:
                assigned.Add(Root(assign.Target));
                break;
            case ScriptCaptureStatement capture:
                assigned.Add(Root(capture.Target));
                break;
            case ScriptIncrementDecrementExpression step:
                assigned.Add(Root(step.Right));
                break;
            case ScriptFunction or ScriptImportStatement or ScriptReadOnlyStatement:
                assigned.Add(Any);
                break;
            case ScriptVariable variable:
                read.Add(variable.Name);
                break;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            // The name a plain assignment sets is not read by it.
            if (node.GetChildren(i) is not ScriptVariable target || !IsTargetOf(node, target))
            {
                Collect(node.GetChildren(i), assigned, read);
            }
        }
    }

    private static bool IsTargetOf(ScriptNode node, ScriptVariable variable) => node switch
    {
        ScriptAssignExpression assign => ReferenceEquals(assign.Target, variable),
        ScriptCaptureStatement capture => ReferenceEquals(capture.Target, variable),
        _ => false,
    };

    /// <summary>Whether a template includes partials (conservatively: names the include function anywhere).</summary>
    private static bool Includes(ScriptNode? node)
    {
        if (node is ScriptVariable { Name: "include" })
        {
            return true;
        }

        for (var i = 0; node is not null && i < node.ChildrenCount; i++)
        {
            if (Includes(node.GetChildren(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The variable an assignment target starts from (<c>page</c> of <c>page.title</c>); <see cref="Any"/> when it is not plain.</summary>
    private static string Root(ScriptNode? target) => target switch
    {
        ScriptVariable variable => variable.Name,
        ScriptMemberExpression member => Root(member.Target),
        ScriptIndexerExpression indexer => Root(indexer.Target),
        _ => Any,
    };
}
