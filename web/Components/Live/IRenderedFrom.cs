namespace ReferralSim.Web.Components.Live;

/// <summary>
/// A component rendered from nothing but its <see cref="Inputs"/> (and the UI language): the same
/// inputs always render the same HTML. Every live part rendered whole is one, so a push can leave out
/// a part whose inputs equal what its group was last sent, without rendering it to compare.
/// </summary>
public interface IRenderedFrom<TInputs> where TInputs : notnull
{
    TInputs Inputs { get; set; }
}
