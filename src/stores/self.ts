/** The manager's own check; each finished check is added to the history on this device. */
import { createQuiz } from './quiz.ts';
import { recordResult } from './history-log.ts';

export const selfQuiz = createQuiz({ key: 'minime:quiz:v1', form: 'self', onComplete: (result) => recordResult(result) });
