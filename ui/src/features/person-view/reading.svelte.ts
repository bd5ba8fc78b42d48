// Reading a block of the person's view aloud in their language, with a voice of this laptop:
// the web view's own speech synthesis when it has a voice for the language (WebKitGTK's voices
// are few), else the local engine (espeak-ng, started by the Rust side). Never a network voice:
// voices the web view marks as remote are not used.

import { readAloud, readingVoices, stopReading } from "../../generated/commands";
import type { ErrorDto } from "../../generated/types";
import { toErrorDto } from "../../lib/backend";

export type Engine = { kind: "web-view"; voice: SpeechSynthesisVoice } | { kind: "local" } | { kind: "none" };

/** Which block is being read, and which one failed last, why. */
export const reading = $state<{ block: string | null; failed: { block: string; error: ErrorDto } | null }>({
  block: null,
  failed: null,
});

function synthesis(): SpeechSynthesis | null {
  return typeof window !== "undefined" && "speechSynthesis" in window ? window.speechSynthesis : null;
}

/** The web view's voices; they may arrive a moment after the page loads. */
async function webViewVoices(): Promise<SpeechSynthesisVoice[]> {
  const speech = synthesis();
  if (!speech) return [];
  const now = speech.getVoices();
  if (now.length > 0) return now;
  return new Promise((resolve) => {
    const done = () => resolve(speech.getVoices());
    speech.addEventListener("voiceschanged", done, { once: true });
    setTimeout(done, 1500);
  });
}

/** How `language` ("fr", "ti") can be read aloud on this laptop. */
export async function engineFor(language: string): Promise<Engine> {
  const own = (await webViewVoices()).filter(
    (voice) => voice.localService && voice.lang.toLowerCase().split(/[-_]/)[0] === language,
  );
  if (own.length > 0) return { kind: "web-view", voice: own.find((voice) => voice.default) ?? own[0] };
  try {
    return (await readingVoices(language)).length > 0 ? { kind: "local" } : { kind: "none" };
  } catch {
    // The engine is not installed: no voice, said plainly.
    return { kind: "none" };
  }
}

/** Reads `text` aloud as block `block`; a second call for the same block stops it instead. */
export async function toggleReading(block: string, language: string, text: string, engine: Engine): Promise<void> {
  if (reading.block === block) {
    await stopEveryReading();
    return;
  }
  await stopEveryReading();
  reading.failed = null;
  if (engine.kind === "none") return;
  reading.block = block;
  if (engine.kind === "web-view") {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = engine.voice;
    utterance.lang = engine.voice.lang;
    utterance.rate = 0.9;
    const finished = () => {
      if (reading.block === block) reading.block = null;
    };
    utterance.onend = finished;
    utterance.onerror = finished;
    synthesis()?.speak(utterance);
    return;
  }
  try {
    await readAloud(language, text);
  } catch (caught) {
    if (reading.block === block) reading.failed = { block, error: toErrorDto(caught) };
  } finally {
    if (reading.block === block) reading.block = null;
  }
}

/** Stops whatever is being read, by either engine. */
export async function stopEveryReading(): Promise<void> {
  reading.block = null;
  synthesis()?.cancel();
  try {
    await stopReading();
  } catch {
    // Nothing was being read, or the window is leaving the view: nothing to stop.
  }
}
