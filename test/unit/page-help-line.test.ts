// The phone number in the organisation's note on its sign-in page, offered as a call: real-looking
// notes, hostile ones, and notes with no number at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneInPageNote } from '../../src/ticket/page-help-line';
import { loadFixtures } from '../fixtures/index.mjs';
import { withinDeadline } from './helpers/deadline';

const TEL = /^tel:\+?\d{7,15}$/;

describe('the phone number in the sign-in page’s note', () => {
  it.each([
    ['Need help! Contact City Of Memphis Servicedesk at 901-636-6100', '901-636-6100', 'tel:9016366100'],
    ['Need help! Contact Contoso Service Desk at +1 555 0100', '+1 555 0100', 'tel:+15550100'],
    ['Problems signing in? Call the IT Service Desk on +44 (0)20 7946 0958 or email itservicedesk@contoso.example', '+44 (0)20 7946 0958', 'tel:+442079460958'],
    ['Hilfe: IT-Servicedesk +49 (0)30 1234567, Mo–Fr 8–17 Uhr', '+49 (0)30 1234567', 'tel:+49301234567'],
    ['For help, call (555) 010-0100.', '(555) 010-0100', 'tel:5550100100'],
    ['Contoso IT 0800 123 4567 (24/7)', '0800 123 4567', 'tel:08001234567'],
    ['Helpdesk: 555.010.0100 or helpdesk@contoso.example', '555.010.0100', 'tel:5550100100'],
    ['Your IP 192.0.2.44 is fine. Call 555-0100 for help', '555-0100', 'tel:5550100'],
    ['Serviço de TI: +55 11 5555-0100', '+55 11 5555-0100', 'tel:+551155550100'],
  ])('%s → %s', (note, shown, href) => {
    expect(phoneInPageNote(note)).toEqual({ shown, href });
  });

  it.each([
    ['no note', undefined],
    ['an empty note', ''],
    ['a web address only', 'Need help? Visit https://help.contoso.example/signin'],
    ['an e-mail address only', 'Contact helpdesk@contoso.example for help'],
    ['an IP address', 'Your address 167.29.0.4 is outside the office network'],
    ['a date', 'Maintenance on 2026-01-20, sorry for the trouble'],
    ['too few digits', 'Call extension 12345'],
    ['too many digits for any phone (E.164 has at most 15)', 'Ref 1234567890123456789 at the desk'],
    ['a bracket that never closes', 'Call (555 010 0100'],
  ])('none in %s', (_what, note) => {
    expect(phoneInPageNote(note)).toBeUndefined();
  });

  it('takes only the number from the hostile fixture’s markup-filled note, as a plain tel: link', () => {
    const hostile = loadFixtures().find((f) => f.name === '53003-hostile')!.expected!.branding;
    expect(hostile).toContain('<script>');
    expect(phoneInPageNote(hostile)).toEqual({ shown: '555-0100', href: 'tel:5550100' });
  });

  it('gives a tel: link of 7 to 15 digits, or nothing, whatever the note, without hanging on long runs', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '+', '(', ')', ' ', '-', '.', 'a', ':'), maxLength: 400 }), (note) => {
        const phone = phoneInPageNote(note);
        if (phone) expect(phone.href).toMatch(TEL);
      }),
    );
    for (const note of ['9'.repeat(1_000_000), '1 '.repeat(500_000), `+${'( '.repeat(500_000)}`]) {
      const phone = withinDeadline(() => phoneInPageNote(note));
      if (phone) expect(phone.href).toMatch(TEL);
    }
  });
});
