using Microsoft.Playwright;
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

        // Landed when the library's address is committed and its heading shows, not when the load
        // event fires: in CI, with every test class starting servers and browsers on two cores, a
        // library that had arrived ("NetworkIdle" had fired) once never reported "load" within 30 s.
        await page.WaitForURLAsync("**/facilitator", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator("h1")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
    }
}
