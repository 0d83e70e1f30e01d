import type { DetailField } from './error-details';

/**
 * The troubleshooting panel's labels as the page prints them, by field, in the languages the
 * sign-in page is commonly shown in. English is Microsoft's own; the others are the page's
 * translations as far as they are known, plus near variants. Labels are a bonus: IDs and
 * timestamps are also found by shape and from `$Config`, so an unknown language still works.
 */
export const PANEL_LABELS: Record<Exclude<DetailField, 'branding' | 'account'>, readonly string[]> = {
  errorCode: ['Error Code', 'Fehlercode', 'Code d’erreur', "Code d'erreur", 'Código de error', 'Codice di errore', 'Codice errore', 'Foutcode', 'Código de erro', 'Kod błędu', 'エラー コード', 'エラーコード', '错误代码', '錯誤碼', '錯誤代碼'],
  requestId: ['Request Id', 'Trace ID', 'Anforderungs-ID', 'ID de la demande', 'ID de demande', 'Id. de solicitud', 'ID de solicitud', 'ID richiesta', 'ID della richiesta', 'Aanvraag-id', 'Aanvraag-ID', 'ID da solicitação', 'ID de solicitação', 'Identyfikator żądania', 'Id żądania', '要求 ID', 'リクエスト ID', '请求 ID', '要求識別碼'],
  correlationId: ['Correlation Id', 'Korrelations-ID', 'ID de corrélation', 'Id. de correlación', 'ID de correlación', 'ID correlazione', 'ID di correlazione', 'Correlatie-id', 'Correlatie-ID', 'ID de correlação', 'Identyfikator korelacji', 'Id korelacji', '相関 ID', '相关 ID', '相互關聯識別碼', '關聯識別碼'],
  timestamp: ['Timestamp', 'Zeitstempel', 'Horodatage', 'Marca de tiempo', 'Marca de hora', 'Timestamp', 'Tijdstempel', 'Carimbo de data/hora', 'Sygnatura czasowa', 'Znacznik czasu', 'タイムスタンプ', '时间戳', '時間戳記'],
  appName: ['App name', 'App-Name', "Nom de l'application", 'Nom de l’application', 'Nombre de la aplicación', "Nome dell'app", 'Nome app', 'App-naam', 'Naam van app', 'Nome do aplicativo', 'Nazwa aplikacji', 'アプリ名', '应用名称', '應用程式名稱'],
  appId: ['App id', 'App-ID', "ID de l'application", 'ID de l’application', 'Id. de aplicación', 'Id. de la aplicación', "ID dell'app", 'ID app', 'App-id', 'ID do aplicativo', 'Identyfikator aplikacji', 'Id aplikacji', 'アプリ ID', '应用 ID', '應用程式識別碼'],
  ipAddress: ['IP address', 'IP-Adresse', 'Adresse IP', 'Dirección IP', 'Indirizzo IP', 'IP-adres', 'Endereço IP', 'Adres IP', 'IP アドレス', 'IP 地址', 'IP 位址'],
  deviceId: ['Device identifier', 'Gerätekennung', 'Geräte-ID', 'Gerätebezeichner', "Identificateur de l'appareil", 'Identificateur d’appareil', "Identificateur d'appareil", 'Identificador de dispositivo', 'Identificador del dispositivo', 'Identificativo dispositivo', 'Identificatore del dispositivo', 'Apparaat-id', 'Id van apparaat', 'Identificador do dispositivo', 'Identyfikator urządzenia', 'デバイス識別子', '设备标识符', '裝置識別碼'],
  devicePlatform: ['Device platform', 'Geräteplattform', "Plateforme de l'appareil", 'Plateforme d’appareil', "Plateforme d'appareil", 'Plataforma del dispositivo', 'Plataforma de dispositivo', 'Piattaforma del dispositivo', 'Piattaforma dispositivo', 'Apparaatplatform', 'Plataforma do dispositivo', 'Platforma urządzenia', 'デバイス プラットフォーム', '设备平台', '裝置平台'],
  deviceState: ['Device state', 'Gerätestatus', 'Gerätezustand', "État de l'appareil", 'État de l’appareil', "État d'appareil", 'Estado del dispositivo', 'Estado de dispositivo', 'Stato del dispositivo', 'Stato dispositivo', 'Apparaatstatus', 'Status van apparaat', 'Estado do dispositivo', 'Stan urządzenia', 'デバイスの状態', '设备状态', '裝置狀態'],
  message: ['Message', 'Nachricht', 'Meldung', 'Mensaje', 'Messaggio', 'Bericht', 'Mensagem', 'Komunikat', 'Wiadomość', 'メッセージ', '消息', '訊息'],
};

/** Labels compare without case, spaces, dots or hyphens: "Request Id", "Request ID", "Request  Id" are one. */
export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/[\s.\-‐’']/gu, '');
}
