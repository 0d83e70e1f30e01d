/**
 * An app's sign-in page as Microsoft sends the person back to it after a Conditional Access block:
 * the OAuth error in the query, with the app's own `state` beside it (which must never be kept).
 * Shared by the Chromium and Firefox tests of "Explain this page".
 */
export const APP_ADDRESS_WITH_ERROR =
  'https://app.contoso.example/signin-oidc?error=interaction_required&error_description=AADSTS53003%3a+Access+has+been+blocked+by+Conditional+Access+policies.+The+access+policy+does+not+allow+token+issuance.%0d%0aTrace+ID%3a+36a9bfd2-0233-4b3b-b947-5ed41fa7a600%0d%0aCorrelation+ID%3a+85b60f58-62ff-4d26-b249-6a0229ba280e%0d%0aTimestamp%3a+2023-05-29+05%3a46%3a34Z&error_uri=https%3a%2f%2flogin.microsoftonline.com%2ferror%3fcode%3d53003&state=app-state-1234';
