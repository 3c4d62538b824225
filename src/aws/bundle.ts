/**
 * Entry of dist/aws.js: everything that needs the AWS SDK. The extension and the CLI require this bundle only when
 * the first AWS lookup is due (see load.ts), so activation and plain linting never load the SDK.
 */
import { ALLOWED_OPERATIONS } from "./allowList";
import { createSession } from "./session";
import type { AwsModule } from "./types";

const api: AwsModule = { createSession, ALLOWED_OPERATIONS };

export = api;
