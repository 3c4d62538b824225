/**
 * THE module that talks to AWS. It holds the read-only allow-list and is the only file that imports an AWS service
 * client (a unit test scans the sources for that). Every client it builds carries a guard that refuses, before
 * signing or sending, any command not on the list, so even a programming error elsewhere cannot send another call.
 *
 * Not covered by the list: the calls the SDK's credential providers make on their own to turn the user's profile
 * into credentials (SSO GetRoleCredentials, STS AssumeRole for `source_profile` chains) — those are the user's
 * configuration, made the same way the AWS CLI makes them.
 */
import { DescribeAvailabilityZonesCommand, EC2Client } from "@aws-sdk/client-ec2";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import type { AwsCredentialIdentityProvider, Pluggable } from "@smithy/types";

/** The read-only operations this extension may call, as IAM names them. */
export const ALLOWED_OPERATIONS = Object.freeze(["sts:GetCallerIdentity", "ec2:DescribeAvailabilityZones"] as const);

export type AllowedOperation = (typeof ALLOWED_OPERATIONS)[number];

/** SDK client and command class names of each allowed operation (what the guard sees at send time). */
const COMMAND_NAMES: Record<AllowedOperation, { client: string; command: string }> = {
  "sts:GetCallerIdentity": { client: "STSClient", command: "GetCallerIdentityCommand" },
  "ec2:DescribeAvailabilityZones": { client: "EC2Client", command: "DescribeAvailabilityZonesCommand" },
};

export class OperationNotAllowedError extends Error {
  override readonly name = "OperationNotAllowedError";
}

export function isAllowedOperation(op: string): op is AllowedOperation {
  return (ALLOWED_OPERATIONS as readonly string[]).includes(op);
}

/** Whether an SDK client/command pair is one of the allowed operations. */
export function isAllowedCommand(clientName: string, commandName: string): boolean {
  return Object.values(COMMAND_NAMES).some((c) => c.client === clientName && c.command === commandName);
}

/** A middleware at the first step of every client: an unlisted command fails before it is built, signed or sent. */
export function allowListGuard<Input extends object, Output extends object>(): Pluggable<Input, Output> {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const clientName = String(context.clientName ?? "");
          const commandName = String(context.commandName ?? "");
          if (!isAllowedCommand(clientName, commandName)) {
            throw new OperationNotAllowedError(`${clientName}.${commandName} is not on the read-only allow-list (${ALLOWED_OPERATIONS.join(", ")})`);
          }
          return next(args);
        },
        { step: "initialize", name: "caseDraftAllowList", priority: "high" },
      );
    },
  };
}

export interface CallContext {
  credentials: AwsCredentialIdentityProvider;
  region: string;
  /** The profile, for the SDK's own profile-dependent settings. */
  profile?: string;
  /** An explicit endpoint (machine-level setting); otherwise the SDK's own resolution (AWS_ENDPOINT_URL_*, profile). */
  endpoint?: string;
  timeoutMs: number;
  signal: AbortSignal;
}

export interface Outputs {
  "sts:GetCallerIdentity": { Account?: string; Arn?: string; UserId?: string };
  "ec2:DescribeAvailabilityZones": { AvailabilityZones?: { ZoneName?: string; ZoneId?: string }[] };
}

function clientConfig(ctx: CallContext) {
  return {
    region: ctx.region,
    credentials: ctx.credentials,
    ...(ctx.profile ? { profile: ctx.profile } : {}),
    ...(ctx.endpoint ? { endpoint: ctx.endpoint } : {}),
    // One retry (throttling, a dropped connection) still fits in the caller's timeout.
    maxAttempts: 2,
    requestHandler: { connectionTimeout: ctx.timeoutMs, requestTimeout: ctx.timeoutMs },
  };
}

/** Calls one allowed operation and closes the client's sockets afterwards. Rejects on any failure. */
export async function callAws<O extends AllowedOperation>(operation: O, ctx: CallContext): Promise<Outputs[O]> {
  if (!isAllowedOperation(operation)) throw new OperationNotAllowedError(`${String(operation)} is not on the read-only allow-list`);
  switch (operation) {
    case "sts:GetCallerIdentity": {
      const client = new STSClient(clientConfig(ctx));
      client.middlewareStack.use(allowListGuard());
      try {
        return (await client.send(new GetCallerIdentityCommand({}), { abortSignal: ctx.signal })) as Outputs[O];
      } finally {
        client.destroy();
      }
    }
    case "ec2:DescribeAvailabilityZones": {
      const client = new EC2Client(clientConfig(ctx));
      client.middlewareStack.use(allowListGuard());
      try {
        return (await client.send(new DescribeAvailabilityZonesCommand({ AllAvailabilityZones: true }), { abortSignal: ctx.signal })) as Outputs[O];
      } finally {
        client.destroy();
      }
    }
    default:
      throw new OperationNotAllowedError(`${String(operation)} is not on the read-only allow-list`);
  }
}

/**
 * An STS client with the guard, for the test that proves the guard refuses other commands (AssumeRole, ...)
 * before anything is sent. Not used by the extension.
 */
export function guardedStsClientForTest(ctx: Omit<CallContext, "signal">): STSClient {
  const client = new STSClient(clientConfig({ ...ctx, signal: new AbortController().signal }));
  client.middlewareStack.use(allowListGuard());
  return client;
}
