using System.Collections;

namespace ReferralSim.Engine.Scenarios.Yaml;

/// <summary>Finds every value of a type inside a bound model (e.g. every localized text), in file order.</summary>
public static class ModelWalker
{
    public static IEnumerable<T> All<T>(object root) where T : class
    {
        var stack = new Stack<object>([root]);
        var found = new List<T>();
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is T match)
            {
                found.Add(match);
                continue;
            }

            var children = current switch
            {
                string => [],
                IList list => list.Cast<object?>(),
                _ when YamlShape.For(current.GetType()) is ObjectShape shape => shape.Fields.Select(f => f.Property.GetValue(current)),
                _ => [],
            };
            foreach (var child in children.OfType<object>().Reverse())
            {
                stack.Push(child);
            }
        }

        return found;
    }
}
