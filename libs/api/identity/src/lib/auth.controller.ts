import { Body, Controller, Get, HttpCode, Ip, Post, Res } from '@nestjs/common';
import { LoginSchema, type LoginResult, type Me } from '@ladder/contracts';
import { CurrentUser, Public, SignedIn } from '@ladder/api/common';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { AuthService } from './auth.service';
import { CurrentSession } from './current-session.decorator';
import type { SessionClaims } from './session-claims';
import { SessionCookies } from './session-cookies';

class LoginDto extends createZodDto(LoginSchema) {}

@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('auth/login')
  @Public()
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Ip() ip: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResult> {
    const result = await this.auth.login(body, ip);
    this.cookies.set(response, result);
    return result;
  }

  @Post('auth/logout')
  @SignedIn()
  @HttpCode(204)
  async logout(
    @CurrentSession() session: SessionClaims,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(session);
    this.cookies.clear(response);
  }

  @Get('me')
  @SignedIn()
  me(@CurrentUser() me: Me): Me {
    return me;
  }
}
