import { n as e, r as t } from "./copilot-notification-CCNJdNg4.js";
e();
export { t as showNotification };
