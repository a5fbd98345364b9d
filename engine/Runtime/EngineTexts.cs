namespace ReferralSim.Engine.Runtime;

/// <summary>The few sentences the engine itself says, in the UI languages.</summary>
internal static class EngineTexts
{
    public static string TimeUp(string language) => language switch
    {
        "el" => "Ο χρόνος της άσκησης τελείωσε.",
        "it" => "Il tempo dell'esercitazione è scaduto.",
        _ => "The exercise time is up.",
    };

    public static string EndedByFacilitator(string language) => language switch
    {
        "el" => "Ο συντονιστής τερμάτισε την άσκηση.",
        "it" => "Il facilitatore ha concluso l'esercitazione.",
        _ => "The facilitator ended the exercise.",
    };
}
