import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainException } from './domain.exception';
import { z } from 'zod';

const uuid = z.uuid();

/** A path id that is not a UUID is a 400, not a 404 or a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!uuid.safeParse(value).success) throw new DomainException('validation_failed', `"${value}" is not a valid id`);
    return value;
  }
}
