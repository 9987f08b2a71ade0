<?xml version="1.0" encoding="UTF-8"?>
<!--
  account.xsl: the user's profile, roles and open sessions.
  <content><account>…<niss/>…</account><roles><role><code/><name/></role>…</roles>
           <sessions><session>…<current>1</current></session>…</sessions></content>
  POST /account (CSRF only) ends every other session; offered when there is one.
  A role's name is the catalog key role.{code} when it exists, else the name
  the database holds.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="niss.xsl"/>

  <xsl:template name="title">account.title</xsl:template>

  <xsl:template match="content">
    <xsl:apply-templates select="account"/>
    <xsl:apply-templates select="roles"/>
    <xsl:apply-templates select="sessions"/>
  </xsl:template>

  <xsl:template match="account">
    <h2><xsl:value-of select="$t[@k='account.profile']"/></h2>
    <dl class="summary-list">
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='account.name']"/></dt>
        <dd><xsl:value-of select="name"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='account.email']"/></dt>
        <dd><xsl:value-of select="email"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='account.niss']"/></dt>
        <dd>
          <xsl:call-template name="niss"><xsl:with-param name="value" select="niss"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <a href="/account/niss"><xsl:value-of select="$t[@k='account.niss_change']"/></a>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='account.org']"/></dt>
        <dd><xsl:value-of select="org"/></dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='account.lang']"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$t[@k = concat('lang.name.', current()/lang)]">
              <xsl:value-of select="$t[@k = concat('lang.name.', current()/lang)]"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="lang"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='account.created_at']"/></dt>
        <dd>
          <xsl:call-template name="datetime">
            <xsl:with-param name="value" select="created_at"/>
          </xsl:call-template>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='account.last_login_at']"/></dt>
        <dd>
          <xsl:call-template name="datetime">
            <xsl:with-param name="value" select="last_login_at"/>
          </xsl:call-template>
        </dd>
      </div>
      <div class="summary-row">
        <dt><xsl:value-of select="$t[@k='account.mfa']"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="mfa_enabled = '1'"><xsl:value-of select="$t[@k='account.mfa_on']"/></xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="$t[@k='account.mfa_off']"/>
              <xsl:text> </xsl:text>
              <a href="/mfa/enrol?next=%2Faccount"><xsl:value-of select="$t[@k='account.mfa_enrol']"/></a>
            </xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
    </dl>
    <p><a href="/account/password"><xsl:value-of select="$t[@k='account.change_password']"/></a></p>
  </xsl:template>

  <xsl:template match="roles">
    <h2><xsl:value-of select="$t[@k='account.roles']"/></h2>
    <xsl:choose>
      <xsl:when test="role">
        <ul class="list-bullet">
          <!-- Role names are data: the database keeps both languages. -->
          <xsl:for-each select="role">
            <li><xsl:value-of select="name"/></li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='account.roles.none']"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="sessions">
    <h2><xsl:value-of select="$t[@k='account.sessions']"/></h2>
    <xsl:choose>
      <xsl:when test="session">
        <section class="table-wrap" aria-labelledby="sessions-caption" tabindex="0">
          <table class="table">
            <caption class="visually-hidden" id="sessions-caption"><xsl:value-of select="$t[@k='account.sessions.caption']"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$t[@k='account.session.created_at']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='account.session.seen_at']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='account.session.ip']"/></th>
                <th scope="col"><xsl:value-of select="$t[@k='account.session.user_agent']"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="session">
                <tr>
                  <xsl:if test="current = '1'">
                    <xsl:attribute name="class">row-current</xsl:attribute>
                  </xsl:if>
                  <td>
                    <xsl:call-template name="datetime">
                      <xsl:with-param name="value" select="created_at"/>
                    </xsl:call-template>
                    <xsl:if test="current = '1'">
                      <xsl:text> </xsl:text>
                      <strong class="tag"><xsl:value-of select="$t[@k='account.session.current']"/></strong>
                    </xsl:if>
                  </td>
                  <td>
                    <xsl:call-template name="datetime">
                      <xsl:with-param name="value" select="seen_at"/>
                    </xsl:call-template>
                  </td>
                  <td><xsl:value-of select="ip"/></td>
                  <td class="cell-wrap"><xsl:value-of select="user_agent"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </section>
        <xsl:if test="session[current != '1']">
          <form method="post" action="/account" class="form">
            <xsl:call-template name="hidden-csrf"/>
            <p class="field-help"><xsl:value-of select="$t[@k='account.sessions.end_others.help']"/></p>
            <button type="submit" class="button"><xsl:value-of select="$t[@k='account.sessions.end_others']"/></button>
          </form>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='account.sessions.none']"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
