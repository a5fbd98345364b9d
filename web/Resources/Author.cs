namespace ReferralSim.Web.Resources;

/// <summary>The author workbench's and the help's strings: <c>Author.resx</c> (en), <c>Author.el.resx</c>, <c>Author.it.resx</c>, read through <c>IStringLocalizer&lt;Author&gt;</c>.</summary>
public sealed class Author;
