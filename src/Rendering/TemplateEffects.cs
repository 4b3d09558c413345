using Scriban;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Whether a page's layout may be rendered where <c>base.html</c> writes <c>{{ content }}</c>, straight into the page
/// (streamed), rather than first (the plain path), with the same page and the same errors. The rule is kept
/// conservative so that it can be trusted by reading it: base writes <c>{{ content }}</c> exactly once, at its top
/// level; no template changes anything but a plain name of its own (no <c>page.title = …</c>, no <c>p[0] = …</c>, no
/// function, import, read-only mark, <c>with</c>, or <c>object.eval</c> that evaluates text); and neither side reads
/// a name the other assigns.
/// </summary>
public static class TemplateEffects
{
    /// <summary>Stands for every name: what a function, an import, a <c>with</c>, an eval or a change to a member may change.</summary>
    private const string Any = "\u0000any";

    /// <summary>The name under which base.html receives the layout's text.</summary>
    private const string Content = "content";

    /// <summary>
    /// Whether <paramref name="layout"/>, rendered where <paramref name="wrapper"/> writes <c>{{ content }}</c> rather
    /// than before the wrapper, gives the same page and errors: <see cref="Independent"/>, and the wrapper writes
    /// <c>{{ content }}</c> exactly once, as a statement of its own at its top level (not inside an if, for, while,
    /// capture or function), so the layout is rendered exactly once, as on the plain path.
    /// </summary>
    public static bool CanRenderInside(Template layout, Template wrapper, IReadOnlyDictionary<string, Template> partials) =>
        Independent(layout, wrapper, partials) && WritesContentOnceAtTop(wrapper, partials);

    /// <summary>
    /// Whether neither template can see what the other does: neither <paramref name="layout"/> nor any partial (any may
    /// be included) nor the wrapper changes anything but plain names (see the type), the layout assigns no name the
    /// wrapper (or a partial it includes) reads, and the wrapper assigns no name the layout or a partial reads. Loop
    /// variables stay inside their loop.
    /// </summary>
    private static bool Independent(Template layout, Template wrapper, IReadOnlyDictionary<string, Template> partials)
    {
        var (layoutAssigns, layoutReads) = Effects([layout, .. partials.Values]);
        var (wrapperAssigns, wrapperReads) = Effects(Includes(wrapper.Page) ? [wrapper, .. partials.Values] : [wrapper]);
        return !layoutAssigns.Contains(Any) && !wrapperAssigns.Contains(Any) && !layoutReads.Contains(Content)
            && !layoutAssigns.Overlaps(wrapperReads) && !wrapperAssigns.Overlaps(layoutReads);
    }

    /// <summary>Whether the wrapper reads <c>content</c> exactly once (its partials never), as a top-level <c>{{ content }}</c>.</summary>
    private static bool WritesContentOnceAtTop(Template wrapper, IReadOnlyDictionary<string, Template> partials)
    {
        var atTop = wrapper.Page?.Body?.Statements.Count(s => s is ScriptExpressionStatement { Expression: ScriptVariable { Name: Content } }) ?? 0;
        var partialsRead = Includes(wrapper.Page) && partials.Values.Any(p => Reads(p.Page, Content) > 0);
        return atTop == 1 && Reads(wrapper.Page, Content) == 1 && !partialsRead;
    }

    /// <summary>How often a template names <paramref name="name"/>.</summary>
    private static int Reads(ScriptNode? node, string name)
    {
        var count = node is ScriptVariable variable && variable.Name == name ? 1 : 0;
        for (var i = 0; node is not null && i < node.ChildrenCount; i++)
        {
            count += Reads(node.GetChildren(i), name);
        }

        return count;
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
                assigned.Add(Plain(assign.Target));
                break;
            case ScriptCaptureStatement capture:
                assigned.Add(Plain(capture.Target));
                break;
            case ScriptIncrementDecrementExpression step:
                assigned.Add(Plain(step.Right));
                break;
            case ScriptFunction or ScriptImportStatement or ScriptReadOnlyStatement or ScriptWithStatement:
                assigned.Add(Any);
                break;
            case ScriptVariable { Name: "object" or "eval" or "eval_template" }:
                // object.eval and object.eval_template run text as a template: what it changes cannot be read here.
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
    private static bool Includes(ScriptNode? node) => Reads(node, "include") > 0;

    /// <summary>
    /// The plain name an assignment sets; <see cref="Any"/> for a member or index (<c>page.title</c>, <c>p[0]</c>): the
    /// object may be shared under another name (<c>{{ p = page }}{{ p.title = … }}</c>).
    /// </summary>
    private static string Plain(ScriptNode? target) => target is ScriptVariable variable ? variable.Name : Any;
}
