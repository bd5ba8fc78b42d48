// The one way the mediator's secret gives the window back, shared by the lock screen and the
// screen turned toward a person: the PIN (with its count of tries left), else the passphrase or
// the recovery key once too many wrong PINs have been typed.

import { appStatus, unlockScreenWithPin, unlockScreenWithSecret } from "../generated/commands";
import type { AppStatus, UnlockSecret } from "../generated/types";

export type UnlockTry =
  | { outcome: "unlocked"; status: AppStatus }
  /** A wrong PIN: the tries left (null once none are), and the new status when the PIN is now
   * refused for good and the stronger secret is asked instead. */
  | { outcome: "refused"; attemptsLeft: number | null; status: AppStatus | null };

/** One try of `secret` as what `unlocksWith` asks for. Errors (a wrong passphrase…) are thrown. */
export async function tryMediatorSecret(unlocksWith: UnlockSecret, secret: string): Promise<UnlockTry> {
  if (unlocksWith !== "pin") return { outcome: "unlocked", status: await unlockScreenWithSecret(secret) };
  const check = await unlockScreenWithPin(secret);
  if (check.outcome === "accepted") return { outcome: "unlocked", status: await appStatus() };
  return {
    outcome: "refused",
    attemptsLeft: check.outcome === "wrong" ? check.attemptsLeft : null,
    status: check.outcome === "lockedOut" ? await appStatus() : null,
  };
}
