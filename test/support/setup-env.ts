// Tests reach the container engine the same way the CLI does (podman's socket when no Docker).
import { afterAll } from 'vitest';
import { preparePodmanEnvironment } from '../../harness/provider/container/engine-environment.ts';
import { removeTempDirs } from './temp-dir.ts';

preparePodmanEnvironment();
afterAll(removeTempDirs);
