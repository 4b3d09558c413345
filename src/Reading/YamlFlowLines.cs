using System.Text;

namespace Generator.Reading;

/// <summary>
/// YamlDotNet refuses a flow mapping whose key and ':' stand on different lines (<c>k: {⏎ k⏎ :⏎ v⏎ }</c>,
/// yaml-test-suite VJP3/01 and 4MUZ/02), which YAML allows. Inside '[…]' and '{…}' a line break outside quotes means
/// the same as a space, so the text can be given to it again with such breaks as spaces.
/// </summary>
public static class YamlFlowLines
{
    /// <summary>
    /// The text with each line break inside a flow collection (outside quotes) and the spaces around it made one space,
    /// the breaks added back after the line that closes the collection, so later lines keep their numbers. Null when no
    /// flow collection spans lines, or when joining could change what the YAML means or hide a mistake: a collection never
    /// closed, an empty line or a comment inside one, or one that is a key (YAML keys stay on one line).
    /// </summary>
    public static string? Join(string yaml)
    {
        var result = new StringBuilder(yaml.Length);
        var depth = 0;
        var quote = '\0';
        var pendingBreaks = 0;
        var joined = false;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (quote != '\0')
            {
                result.Append(c);
                if (quote == '"' && c == '\\' && i + 1 < yaml.Length)
                {
                    result.Append(yaml[++i]);
                }
                else if (quote == '\'' && c == '\'' && i + 1 < yaml.Length && yaml[i + 1] == '\'')
                {
                    result.Append(yaml[++i]);
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            var afterSpace = i == 0 || yaml[i - 1] is ' ' or '\t' or '\n';
            if (c == '#' && afterSpace)
            {
                if (depth > 0)
                {
                    return null; // a comment inside the collection: not a case to retry
                }

                var end = yaml.IndexOf('\n', i);
                end = end < 0 ? yaml.Length : end;
                result.Append(yaml[i..end]);
                i = end - 1;
                continue;
            }

            if (c == '\n')
            {
                if (depth > 0)
                {
                    // Folded as YAML folds a plain value over lines: the break and the spaces around it become one space.
                    while (result.Length > 0 && result[^1] is ' ' or '\t')
                    {
                        result.Length--;
                    }

                    while (i + 1 < yaml.Length && yaml[i + 1] is ' ' or '\t')
                    {
                        i++;
                    }

                    if (i + 1 < yaml.Length && yaml[i + 1] == '\n')
                    {
                        return null; // an empty line inside a value is a line break in it: not the same as a space
                    }

                    result.Append(' ');
                    pendingBreaks++;
                    joined = true;
                }
                else
                {
                    result.Append('\n', pendingBreaks + 1);
                    pendingBreaks = 0;
                }

                continue;
            }

            if (c is '"' or '\'' && (afterSpace || yaml[i - 1] is '[' or '{' or ',' or ':'))
            {
                quote = c;
            }
            else if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}' && depth > 0 && --depth == 0 && pendingBreaks > 0 && yaml.AsSpan(i + 1).TrimStart(" \t").StartsWith(":"))
            {
                return null; // a key over several lines, which YAML does not allow
            }

            result.Append(c);
        }

        return joined && depth == 0 && quote == '\0' ? result.Append('\n', pendingBreaks).ToString() : null;
    }
}
