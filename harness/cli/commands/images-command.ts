/**
 * `rehearse images build`: builds the local stand-ins for the official database images from Debian
 * packages (images/build-images.sh), for sites without registry access.
 */
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { InfrastructureError } from '../../errors.ts';

const SCRIPT = fileURLToPath(new URL('../../../images/build-images.sh', import.meta.url));

export function registerImagesCommand(program: Command): void {
  const images = program.command('images').description('container images for the databases');
  images
    .command('build')
    .description('build local mariadb and postgres stand-ins from Debian packages (no registry needed; needs root and debootstrap)')
    .option('--force', 'rebuild the base image even if it exists')
    .option('--engine <name>', 'podman or docker (default: whichever is installed)')
    .action(async (options: { force?: boolean; engine?: string }) => {
      const { execa } = await import('execa');
      const args = [SCRIPT, ...(options.force ? ['--force'] : []), ...(options.engine ? ['--engine', options.engine] : [])];
      const result = await execa('bash', args, { stdio: 'inherit', reject: false });
      if (result.exitCode !== 0) throw new InfrastructureError(`images/build-images.sh failed with exit code ${result.exitCode}`);
    });
}
