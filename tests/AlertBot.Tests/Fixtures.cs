namespace AlertBot.Tests;

/// <summary>Articles written for the tests in the style of the store (headline line, body, noise).</summary>
internal static class Fixtures
{
    public const string KidalStyle =
        """
        Army Retakes Northern Town After Overnight Assault

        Government forces said on Tuesday they had retaken the northern town of Tessalit after a night of fighting with armed groups.

        At approximately 0415 GMT on March 5th, 2024, the army announced that its units had entered the town centre.

        By 0900 GMT, officials said the airstrip was back under government control.

        Jane Roe covers conflicts in the Sahel for this publication.
        """;

    public static string Numbered(int n) =>
        $"""
        Flash Update {n}: Convoy Attacked Near Border Crossing

        A supply convoy was attacked near the border crossing on Monday, officials said, in incident number {n}.

        At 1530 UTC on June 3rd, 2024, the first vehicles were hit by an explosive device.
        """;

    /// <summary>A story pushed twice: the second version adds a key time, so its alert is edited.</summary>
    public const string HarbourV1 =
        """
        Fire Breaks Out at Fuel Depot in Eastern Harbour

        A fire broke out at a fuel depot in the eastern harbour on Friday, port officials said, and ships were told to keep clear.

        At 1840 UTC on February 9th, 2024, the first explosion was heard across the bay.
        """;

    public const string HarbourV2 = HarbourV1 +
        """


        By 2310 UTC on February 9th, 2024, firefighters said the blaze was under control.
        """;
}
