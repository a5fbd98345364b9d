namespace ReferralSim.Engine.StateMachine.Reflection;

/// <summary>Describes a guard or action delegate for reflection and diagrams.</summary>
public sealed class InvocationInfo
{
    private readonly string? _description;

    private InvocationInfo(string? methodName, string? description)
    {
        MethodName = methodName;
        _description = description;
    }

    /// <summary>The delegate's method name; compiler-generated for lambdas.</summary>
    public string? MethodName { get; }

    /// <summary>
    /// The description given at configuration, else the method name. Lambda names are
    /// compiler noise, so they read as "Function" (as Stateless does).
    /// </summary>
    public string Description => _description ?? MethodName switch
    {
        null => "<null>",
        var name when name.Contains('<', StringComparison.Ordinal) => "Function",
        var name => name,
    };

    internal static InvocationInfo Create(Delegate? method, string? description) =>
        new(method?.Method.Name, description);
}
