using static Microsoft.Playwright.Assertions;

namespace ReferralSim.Web.Tests.Browser;

/// <summary>The facilitator's sign-in through the pages, as on any workshop morning.</summary>
internal static class FacilitatorSignIn
{
    /// <summary>Opens the console, is sent to the sign-in page, signs in and lands in the library.</summary>
    public static async Task SignInAsync(ParticipantBrowser browser, string userName, string password)
    {
        var page = browser.Page;
        await page.GotoAsync("/facilitator");
        await page.WaitForURLAsync("**/sign-in?ReturnUrl=*");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form[action='/sign-in'] button[type=submit]");
        await page.WaitForURLAsync("**/facilitator");
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
    }
}
