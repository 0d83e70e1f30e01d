import type { DetailField } from './error-details';

/**
 * The troubleshooting panel's labels, by field, in their normal form (normalizeLabel: lower case,
 * no spaces, dots, hyphens or apostrophes), space-separated: "Request Id", "Request ID" and
 * "Request-Id" are one entry, and the table stays small for the package budget.
 * English is Microsoft's own (docs/reference/error-page.md). No public copy of the page's
 * translations was found (same document, "Other languages"): the other entries are unconfirmed
 * guesses, a bonus only. A page in any language is also read by the panel's order and the values'
 * shapes (parse-error-page.ts, readPanelByOrder), and from `$Config`.
 */
export const PANEL_LABELS: Record<Exclude<DetailField, 'branding' | 'account'>, string> = {
  errorCode: 'errorcode fehlercode codederreur códigodeerror codicedierrore codiceerrore foutcode códigodeerro kodbłędu エラーコード 错误代码 錯誤碼 錯誤代碼',
  requestId: 'requestid anforderungsid iddelademande iddedemande iddesolicitud idrichiesta iddellarichiesta aanvraagid iddasolicitação iddesolicitação identyfikatorżądania idżądania 要求id リクエストid 请求id 要求識別碼',
  correlationId: 'correlationid korrelationsid iddecorrélation iddecorrelación idcorrelazione iddicorrelazione correlatieid iddecorrelação identyfikatorkorelacji idkorelacji 相関id 相关id 相互關聯識別碼 關聯識別碼',
  timestamp: 'timestamp zeitstempel horodatage marcadetiempo marcadehora tijdstempel carimbodedata/hora sygnaturaczasowa znacznikczasu タイムスタンプ 时间戳 時間戳記',
  appName: 'appname nomdelapplication nombredelaaplicación nomedellapp nomeapp appnaam naamvanapp nomedoaplicativo nazwaaplikacji アプリ名 应用名称 應用程式名稱',
  appId: 'appid iddelapplication iddeaplicación iddelaaplicación iddellapp idapp iddoaplicativo identyfikatoraplikacji idaplikacji アプリid 应用id 應用程式識別碼',
  ipAddress: 'ipaddress ipadresse adresseip direcciónip indirizzoip ipadres endereçoip adresip ipアドレス ip地址 ip位址',
  deviceId: 'deviceidentifier gerätekennung geräteid gerätebezeichner identificateurdelappareil identificateurdappareil identificadordedispositivo identificadordeldispositivo identificativodispositivo identificatoredeldispositivo apparaatid idvanapparaat identificadordodispositivo identyfikatorurządzenia デバイス識別子 设备标识符 裝置識別碼',
  devicePlatform: 'deviceplatform geräteplattform plateformedelappareil plateformedappareil plataformadeldispositivo plataformadedispositivo piattaformadeldispositivo piattaformadispositivo apparaatplatform plataformadodispositivo platformaurządzenia デバイスプラットフォーム 设备平台 裝置平台',
  deviceState: 'devicestate gerätestatus gerätezustand étatdelappareil étatdappareil estadodeldispositivo estadodedispositivo statodeldispositivo statodispositivo apparaatstatus statusvanapparaat estadododispositivo stanurządzenia デバイスの状態 设备状态 裝置狀態',
  message: 'message nachricht meldung mensaje messaggio bericht mensagem komunikat wiadomość メッセージ 消息 訊息',
};

/** Labels compare without case, spaces, dots or hyphens: "Request Id", "Request ID", "Request  Id" are one. */
export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/[\s.\-‐’']/gu, '');
}
